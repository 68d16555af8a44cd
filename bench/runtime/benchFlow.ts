const tts = (text: string) => ({ type: "tts", text, language: "en-US" });

/** The benchmark's flow: a menu, then either collect four digits and hang up, or wait in a queue. */
export function buildBenchFlow(queueSeconds: number) {
  return {
    version: 2,
    nodes: [
      { id: "start", kind: "start", position: { x: 0, y: 0 }, data: {} },
      { id: "menu", kind: "menu", position: { x: 0, y: 100 }, data: { prompt: tts("Press 1 or 2."), keys: ["1", "2"], timeoutSeconds: 10, maxAttempts: 2 } },
      { id: "pin", kind: "collect", position: { x: -200, y: 200 }, data: { prompt: tts("Your code?"), variable: "code", minDigits: 4, maxDigits: 4, timeoutSeconds: 10, maxAttempts: 2 } },
      { id: "thanks", kind: "hangup", position: { x: -200, y: 300 }, data: { prompt: tts("Thanks.") } },
      { id: "queue", kind: "queue", position: { x: 200, y: 200 }, data: { queueId: "bench", holdPrompt: { type: "library", promptId: "hold-music" }, announcePosition: true, announceEverySeconds: 30, maxWaitSeconds: queueSeconds } },
      { id: "bye", kind: "hangup", position: { x: 0, y: 400 }, data: {} },
    ],
    edges: [
      { id: "e1", source: "start", sourcePort: "next", target: "menu" },
      { id: "e2", source: "menu", sourcePort: "key:1", target: "pin" },
      { id: "e3", source: "menu", sourcePort: "key:2", target: "queue" },
      { id: "e4", source: "menu", sourcePort: "noInput", target: "bye" },
      { id: "e5", source: "menu", sourcePort: "invalid", target: "bye" },
      { id: "e6", source: "pin", sourcePort: "next", target: "thanks" },
      { id: "e7", source: "pin", sourcePort: "failed", target: "bye" },
      { id: "e8", source: "queue", sourcePort: "overflow", target: "bye" },
      { id: "e9", source: "queue", sourcePort: "answered", target: "bye" },
    ],
  };
}
