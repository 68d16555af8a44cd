import type { Localized } from "../schema/localized";
import type { ProblemCode } from "./catalogue";

export type Severity = "error" | "warning";

/** One thing wrong with a flow, pointing at the node (and port) to fix. */
export type Problem = {
  code: ProblemCode;
  severity: Severity;
  nodeId?: string;
  port?: string;
  message: Localized;
};

/** Tells whether any problem is an error, which blocks publishing (warnings do not). */
export function hasBlockingProblems(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}
