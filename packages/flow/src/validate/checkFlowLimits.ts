import type { FlowDocument } from "../document";
import { getNodeDefinition } from "../nodes/registry";
import { openingHoursSchema } from "../nodes/hours";
import { createProblem } from "./catalogue";
import { describeNode } from "./describeNode";
import { isNodeDataTooLarge, maxNodeDataKb } from "./nodeDataSize";
import type { Problem } from "./problem";
import { validateNodeData } from "./validateNodeData";

/**
 * The flow document's own limits, which a draft must meet to be saved at all: no step's settings
 * over their size limits (text lengths, list lengths, `maxNodeDataKb`), no shared schedule either.
 * The same checks run in `validateFlow` (and so at publish), where they are among many others;
 * here alone, because a draft may be unfinished in every other way. The number of steps is
 * limited by the document schema (`parseFlowDocument`).
 */
export function checkFlowLimits(doc: FlowDocument): Problem[] {
  const problems: Problem[] = [];
  for (const node of doc.nodes) {
    const name = describeNode(node);
    if (isNodeDataTooLarge(node.data)) {
      problems.push(createProblem("FLOW014", { node: name, limitKb: maxNodeDataKb }, { nodeId: node.id }));
      continue;
    }
    const result = validateNodeData(node.id, name, getNodeDefinition(node.kind), node.data);
    if (!result.ok) problems.push(...result.problems.filter((problem) => problem.code === "FLOW012"));
  }
  return [...problems, ...validateScheduleLimits(doc)];
}

/** Shared schedules over their limits (size, list lengths); they name the schedule, not a step. */
export function validateScheduleLimits(doc: FlowDocument): Problem[] {
  const hoursDefinition = { ...getNodeDefinition("hours"), schema: openingHoursSchema };
  return (doc.schedules ?? []).flatMap((schedule) => {
    const name = { en: schedule.name || schedule.id, pl: schedule.name || schedule.id };
    if (isNodeDataTooLarge(schedule.hours)) return [createProblem("FLOW014", { node: name, limitKb: maxNodeDataKb })];
    const result = validateNodeData(schedule.id, name, hoursDefinition, schedule.hours);
    return result.ok ? [] : result.problems.filter((problem) => problem.code === "FLOW012").map(({ nodeId: _schedule, ...problem }) => problem);
  });
}
