import { describe, expect, it } from "vitest";
import { parseJsonBody } from "../api/parseJsonBody";
import { createExtensionBodySchema } from "../extensions/extensionSchemas";
import { createQueueBodySchema } from "./queueSchemas";

const issues = (result: ReturnType<typeof parseJsonBody>) => (result.ok ? [] : (result.result.body as { error: { issues: { path: string; message: string }[] } }).error.issues);

// The extension and queue forms show the server's field messages as they are: in the reader's language.
describe("extension and queue body messages", () => {
  it("names the problem in Polish and in English", () => {
    expect(issues(parseJsonBody(createExtensionBodySchema, { number: "1", name: "" }, "pl"))).toEqual([
      { path: "number", message: "Numer wewnętrzny ma od 2 do 6 cyfr, na przykład 101." },
      { path: "name", message: "Wpisz nazwę." },
    ]);
    expect(issues(parseJsonBody(createExtensionBodySchema, { number: "101", name: "A", forwardTo: "0601" }, "en"))).toEqual([
      { path: "forwardTo", message: "Write a whole international number, for example +48601234567." },
    ]);
  });

  it("words a number over its cap as a range, not as a text length", () => {
    expect(issues(parseJsonBody(createQueueBodySchema, { name: "Sales", ringSeconds: 500 }, "en"))).toEqual([
      { path: "ringSeconds", message: "Ring each agent between 5 and 120 seconds." },
    ]);
    expect(issues(parseJsonBody(createQueueBodySchema, { name: "Sprzedaż", members: [{ extensionId: "x", penalty: 100 }] }, "pl"))).toEqual([
      { path: "members.0.penalty", message: "Priorytet to liczba całkowita od 0 do 99." },
    ]);
  });
});
