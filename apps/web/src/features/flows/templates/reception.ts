import { defineFlowTemplate, document, node, say } from "./defineFlowTemplate";

/** A greeting, then the reception desk; a message when nobody answers. */
export const reception = defineFlowTemplate({
  id: "reception",
  labels: { en: "Reception desk", pl: "Recepcja" },
  description: { en: "Greets the caller and rings reception; takes a message when nobody answers.", pl: "Wita dzwoniącego i łączy z recepcją; gdy nikt nie odbiera, przyjmuje wiadomość." },
  needs: {
    extensions: [{ key: "reception", label: { en: "Reception (keeps the voicemail)", pl: "Recepcja (ma pocztę głosową)" }, suggestedNumber: "100", suggestedName: { en: "Reception", pl: "Recepcja" }, voicemail: true }],
    queues: [],
  },
  build: (choices) => document([
    node("start", "start", 0, 0, {}),
    node("welcome", "play", 0, 150, { prompt: say(choices, { pl: "Dzień dobry, łączymy z recepcją.", en: "Hello, connecting you to reception." }), repeat: 1 }),
    node("desk", "transfer", 0, 300, { target: { type: "extension", extension: choices.extensions.reception ?? "" }, ringSeconds: 30 }),
    node("voicemail", "voicemail", 0, 460, {
      mailbox: choices.extensions.reception ?? "", beep: true, maxSeconds: 120, finishOnKey: "#",
      greeting: say(choices, { pl: "Recepcja nie może teraz odebrać. Zostaw wiadomość po sygnale.", en: "Reception cannot answer right now. Please leave a message after the tone." }),
    }),
    node("goodbye", "hangup", 0, 620, {}),
  ], [["start", "next", "welcome"], ["welcome", "next", "desk"], ["desk", "failed", "voicemail"], ["voicemail", "next", "goodbye"]]),
});
