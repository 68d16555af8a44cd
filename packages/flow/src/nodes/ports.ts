import type { Localized } from "../schema/localized";
import type { PortSpec } from "./definition";

/** Builds a port spec. */
export function createPort(id: string, label: Localized, required: boolean, extra: Partial<PortSpec> = {}): PortSpec {
  return { id, label, required, ...extra };
}

export const portLabels = {
  next: { en: "Next", pl: "Dalej" },
  failed: { en: "Failed", pl: "Niepowodzenie" },
  noInput: { en: "No key pressed", pl: "Brak wyboru" },
  invalid: { en: "Wrong key", pl: "Zły klawisz" },
  open: { en: "Open", pl: "Otwarte" },
  closed: { en: "Closed", pl: "Zamknięte" },
  holiday: { en: "Holiday", pl: "Święto" },
  else: { en: "Otherwise", pl: "W przeciwnym razie" },
  answered: { en: "Answered", pl: "Odebrane" },
  overflow: { en: "Waited too long", pl: "Zbyt długie oczekiwanie" },
  left: { en: "Caller left the queue", pl: "Dzwoniący opuścił kolejkę" },
  noAnswer: { en: "No answer", pl: "Brak odpowiedzi" },
  wrongPin: { en: "Wrong PIN", pl: "Zły PIN" },
  success: { en: "Success", pl: "Sukces" },
  error: { en: "Error", pl: "Błąd" },
} satisfies Record<string, Localized>;
