import { defineFlowTemplate, document, node, say } from "./defineFlowTemplate";

/** "Press 1 for sales, 2 for support": each key rings its extension. */
export const simpleMenu = defineFlowTemplate({
  id: "simple-menu",
  labels: { en: "Simple menu", pl: "Proste menu" },
  description: { en: "“Press 1 for sales, 2 for support”, each ringing its extension.", pl: "„Sprzedaż – naciśnij 1, pomoc techniczna – 2”, każda opcja dzwoni na swój numer wewnętrzny." },
  needs: {
    extensions: [
      { key: "sales", label: { en: "Sales", pl: "Sprzedaż" }, suggestedNumber: "101", suggestedName: { en: "Sales", pl: "Sprzedaż" }, voicemail: false },
      { key: "support", label: { en: "Support", pl: "Pomoc techniczna" }, suggestedNumber: "102", suggestedName: { en: "Support", pl: "Pomoc techniczna" }, voicemail: false },
    ],
    queues: [],
  },
  build: (choices) => document([
    node("start", "start", 0, 0, {}),
    node("menu", "menu", 0, 160, {
      prompt: say(choices, { pl: "Dzień dobry. Sprzedaż – naciśnij 1. Pomoc techniczna – naciśnij 2.", en: "Hello. For sales, press 1. For support, press 2." }),
      keys: ["1", "2"], timeoutSeconds: 5, maxAttempts: 3,
      noInputPrompt: say(choices, { pl: "Nie usłyszeliśmy wyboru.", en: "We did not hear a choice." }),
      invalidPrompt: say(choices, { pl: "Nie ma takiej opcji.", en: "That is not an option." }),
    }),
    node("sales", "play", -240, 340, { prompt: say(choices, { pl: "Łączymy z działem sprzedaży.", en: "Connecting you to sales." }), repeat: 1 }),
    node("support", "play", 240, 340, { prompt: say(choices, { pl: "Łączymy z pomocą techniczną.", en: "Connecting you to support." }), repeat: 1 }),
    node("salesDesk", "transfer", -240, 500, { target: { type: "extension", extension: choices.extensions.sales ?? "" }, ringSeconds: 30 }),
    node("supportDesk", "transfer", 240, 500, { target: { type: "extension", extension: choices.extensions.support ?? "" }, ringSeconds: 30 }),
    node("busy", "hangup", 0, 680, { prompt: say(choices, { pl: "Nikt nie może teraz odebrać. Prosimy zadzwonić później.", en: "Nobody can answer right now. Please call again later." }) }),
    node("goodbye", "hangup", 0, 340, { prompt: say(choices, { pl: "Dziękujemy za telefon. Do widzenia.", en: "Thank you for calling. Goodbye." }) }),
  ], [
    ["start", "next", "menu"], ["menu", "key:1", "sales"], ["menu", "key:2", "support"], ["menu", "noInput", "goodbye"], ["menu", "invalid", "goodbye"],
    ["sales", "next", "salesDesk"], ["support", "next", "supportDesk"], ["salesDesk", "failed", "busy"], ["supportDesk", "failed", "busy"],
  ]),
});
