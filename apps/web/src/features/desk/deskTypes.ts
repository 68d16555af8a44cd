/** What GET /api/desk answers (dates as ISO strings once through JSON). */
export type DeskView = {
  at: number;
  extension: { id: string; number: string; name: string } | null;
  agent: {
    status: "offline" | "available" | "ringing" | "onCall" | "wrapUp" | "away";
    presence: "offline" | "available" | "away";
    awayReason: string | null; since: number; wrapUpUntil: number | null; queueId: string | null; queues: number;
  } | null;
  call: {
    callerSid: string; from: string | null; to: string | null; startedAt: string;
    queueId: string | null; queueName: string | null; agentLegSid: string | null;
    path: string[]; keys: { nodeId: string; digits: string }[];
  } | null;
  today: { calls: number; talkSeconds: number; missed: number } | null;
  queues: { id: string; name: string }[];
};
