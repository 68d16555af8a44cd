import type { FlowDocument } from "@centrala/flow";

/**
 * Every extension or outside number the flow can ring, so the tester decides how each answers.
 * A transfer to the extension the caller dialled can ring any of the tenant's `extensions`.
 */
export function listDialTargets(document: FlowDocument, extensions: readonly string[] = []): string[] {
  const targets = new Set<string>();
  for (const node of document.nodes) {
    const data = node.data as { extensions?: unknown; target?: { type?: string; extension?: unknown; number?: unknown } };
    if (node.kind === "ringGroup" && Array.isArray(data.extensions)) for (const ext of data.extensions) if (typeof ext === "string" && ext) targets.add(ext);
    if (node.kind === "transfer" && data.target) {
      if (data.target.type === "extension" && typeof data.target.extension === "string") targets.add(data.target.extension);
      if (data.target.type === "external" && typeof data.target.number === "string") targets.add(data.target.number);
      if (data.target.type === "dialledExtension") for (const ext of extensions) targets.add(ext);
    }
  }
  return [...targets].sort();
}
