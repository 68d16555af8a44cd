import type { QueueInput, QueueOverflowAction, QueueStrategy, RecordingPolicy } from "@centrala/db";

export const queueStrategies = ["ringAll", "inOrder", "roundRobin", "longestIdle", "fewestCalls"] as const satisfies readonly QueueStrategy[];
export const overflowActions = ["hangup", "voicemail", "extension", "queue", "external"] as const satisfies readonly QueueOverflowAction[];
export const recordingPolicies = ["never", "always", "onDemand"] as const satisfies readonly RecordingPolicy[];

/** A queue's settings as the form edits them: the API's body (the overflow message is not edited here). */
export type QueueDraft = Omit<QueueInput, "overflowMessage">;

export type ExtensionChoice = { id: string; number: string; name: string; voicemailEnabled: boolean };
export type NamedChoice = { id: string; name: string };

export const newQueueDraft: QueueDraft = {
  name: "", strategy: "inOrder", ringSeconds: 20, wrapUpSeconds: 10, maxWaitSeconds: 300, overflowAction: "hangup", overflowTarget: null,
  holdMusic: [], announceEverySeconds: 60, announcePosition: true, announceWaitTime: false, recordingPolicy: "never", members: [],
};
