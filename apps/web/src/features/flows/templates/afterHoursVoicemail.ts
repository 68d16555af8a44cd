import { defineFlowTemplate, document, node, say } from "./defineFlowTemplate";

const workday = [{ from: "08:00", to: "17:00" }];

/** Rings the office in opening hours and takes a message otherwise. */
export const afterHoursVoicemail = defineFlowTemplate({
  id: "after-hours-voicemail",
  labels: { en: "After-hours voicemail", pl: "Poczta głosowa po godzinach" },
  description: { en: "Rings the office in opening hours, takes a message otherwise.", pl: "W godzinach pracy dzwoni do biura, poza nimi przyjmuje wiadomość." },
  needs: {
    extensions: [{ key: "office", label: { en: "Office phone (keeps the voicemail)", pl: "Telefon biura (ma pocztę głosową)" }, suggestedNumber: "101", suggestedName: { en: "Office", pl: "Biuro" }, voicemail: true }],
    queues: [],
  },
  build: (choices) => document([
    node("start", "start", 0, 0, {}),
    node("hours", "hours", 0, 150, { weekly: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: [], sun: [] }, holidays: [], exceptions: [] }),
    node("office", "ringGroup", -240, 320, { extensions: [choices.extensions.office ?? ""], strategy: "simultaneous", ringSeconds: 25, maxRounds: 1, maxWaitSeconds: 60 }),
    node("closed", "play", 240, 320, { prompt: say(choices, { pl: "Biuro jest czynne od poniedziałku do piątku w godzinach od 8 do 17.", en: "The office is open Monday to Friday from 8 am to 5 pm." }), repeat: 1 }),
    node("voicemail", "voicemail", 0, 500, {
      mailbox: choices.extensions.office ?? "", beep: true, maxSeconds: 120, finishOnKey: "#",
      greeting: say(choices, { pl: "Zostaw wiadomość po sygnale.", en: "Please leave a message after the tone." }),
    }),
    node("goodbye", "hangup", 0, 660, {}),
  ], [
    ["start", "next", "hours"], ["hours", "open", "office"], ["hours", "closed", "closed"], ["hours", "holiday", "closed"],
    ["closed", "next", "voicemail"], ["office", "noAnswer", "voicemail"], ["office", "answered", "goodbye"], ["voicemail", "next", "goodbye"],
  ]),
});
