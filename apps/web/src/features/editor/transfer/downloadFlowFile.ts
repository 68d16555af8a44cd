import { exportFlowDocument, type FlowDocument } from "@centrala/flow";

/** A file name from the flow's name that every operating system accepts. */
export function createExportFileName(flowName: string): string {
  const safe = flowName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").replace(/\s+/g, " ").trim().slice(0, 100);
  return `${safe || "flow"}.json`;
}

/** Downloads the draft as `<flow-name>.json`, exactly what import reads back. */
export function downloadFlowFile(doc: FlowDocument, flowName: string): void {
  const url = URL.createObjectURL(new Blob([exportFlowDocument(doc)], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = createExportFileName(flowName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
