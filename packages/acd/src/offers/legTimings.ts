/**
 * jambonz ends an unanswered leg itself after `ringSeconds` and reports `no-answer`; if that
 * report is lost, the dispatcher cancels the leg this much later.
 */
export const ringGraceMs = 5_000;

/** A cancelled leg keeps its agent until the runtime reports how it ended, or this long. */
export const cancelGraceMs = 10_000;
