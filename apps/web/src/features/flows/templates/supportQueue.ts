import { defineFlowTemplate, document, node, queueReference, say } from "./defineFlowTemplate";

/** Callers wait in a queue; if it takes too long the team is rung in turn, then voicemail. */
export const supportQueue = defineFlowTemplate({
  id: "support-queue",
  labels: { en: "Support line with a queue", pl: "Infolinia z kolejką" },
  description: { en: "Callers wait in line; if nobody is free, the team is rung, then voicemail.", pl: "Dzwoniący czekają w kolejce; gdy nikt nie jest wolny, dzwonią telefony zespołu, a potem poczta głosowa." },
  needs: {
    extensions: [
      { key: "desk", label: { en: "First agent (keeps the voicemail)", pl: "Pierwszy konsultant (ma pocztę głosową)" }, suggestedNumber: "101", suggestedName: { en: "Support desk", pl: "Pomoc techniczna" }, voicemail: true },
      { key: "agent", label: { en: "Second agent", pl: "Drugi konsultant" }, suggestedNumber: "102", suggestedName: { en: "Support agent", pl: "Konsultant" }, voicemail: false },
    ],
    queues: [{ key: "support", label: { en: "Support queue", pl: "Kolejka pomocy" }, suggestedName: { en: "Support", pl: "Pomoc techniczna" }, memberKeys: ["desk", "agent"] }],
  },
  build: (choices) => document([
    node("start", "start", 0, 0, {}),
    node("welcome", "play", 0, 150, { prompt: say(choices, { pl: "Dzień dobry, tu pomoc techniczna.", en: "Hello, this is support." }), repeat: 1 }),
    node("queue", "queue", 0, 300, {
      ...queueReference(choices.queues.support), announcePosition: true, announceEverySeconds: 60, maxWaitSeconds: 300,
      holdPrompt: say(choices, { pl: "Wszyscy konsultanci są zajęci. Prosimy o cierpliwość.", en: "All our agents are busy. Thank you for waiting." }),
    }),
    node("team", "ringGroup", 0, 460, { extensions: [choices.extensions.desk ?? "", choices.extensions.agent ?? ""], strategy: "sequential", ringSeconds: 20, maxRounds: 2, maxWaitSeconds: 120 }),
    node("voicemail", "voicemail", 0, 620, {
      mailbox: choices.extensions.desk ?? "", beep: true, maxSeconds: 120, finishOnKey: "#",
      greeting: say(choices, { pl: "Zostaw wiadomość po sygnale, oddzwonimy.", en: "Leave a message after the tone and we will call you back." }),
    }),
    node("goodbye", "hangup", 260, 760, {}),
  ], [
    ["start", "next", "welcome"], ["welcome", "next", "queue"], ["queue", "overflow", "team"], ["queue", "answered", "goodbye"],
    ["team", "noAnswer", "voicemail"], ["team", "answered", "goodbye"], ["voicemail", "next", "goodbye"],
  ]),
});
