import type { FlowIR } from "@centrala/flow";
import { compileTestFlow, sketchNode } from "./compileTestFlow";
import { recording, say } from "./testPrompts";

const weekday = [{ from: "08:00", to: "18:00" }];

/** One flow with every node kind, wired so a random caller can reach each of them. */
export function buildKitchenSinkFlow(): FlowIR {
  return compileTestFlow(
    [
      sketchNode("start", "start", {}),
      sketchNode("rec", "record", { consentPrompt: say("Rozmowa jest nagrywana.") }),
      sketchNode("hours", "hours", { weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] }, holidays: [{ date: "2026-05-01", name: "Święto Pracy" }], exceptions: [] }),
      sketchNode("menu", "menu", { prompt: say("Wybierz 1 do 6."), keys: ["1", "2", "3", "4", "5", "6"], noInputPrompt: say("Halo?"), invalidPrompt: recording("invalid") }),
      sketchNode("account", "collect", { prompt: say("Numer konta."), variable: "account", minDigits: 2, maxDigits: 6, finishOnKey: "#", pattern: "\\d+" }),
      sketchNode("lookup", "http", { url: "https://crm.example.com/a/{{account}}", method: "POST", headers: { "X-Account": "{{account}}" }, responseMap: [{ path: "tier", variable: "tier" }] }),
      sketchNode("vip", "condition", { rules: [{ id: "gold", match: "all", tests: [{ left: { var: "tier" }, op: "eq", right: { value: "gold" } }] }] }),
      sketchNode("desk", "transfer", { target: { type: "extension", extension: "100" }, announce: say("Łączę z {{tier}}.") }),
      sketchNode("sales", "queue", { queueId: "sales", holdPrompt: say("Proszę czekać.", "en-US"), leaveKey: "0", maxWaitSeconds: 60 }),
      sketchNode("room", "conference", { room: "board", role: "participant", pin: "1234", waitPrompt: say("Czekamy.") }),
      sketchNode("support", "transfer", { target: { type: "queue", queueId: "support" } }),
      sketchNode("jump", "gotoFlow", { flowId: "other" }),
      sketchNode("set", "setVariable", { assignments: [{ variable: "note", value: "{{caller}} {{hour}}" }] }),
      sketchNode("info", "play", { prompt: say("Notatka {{note}}."), repeat: 2 }),
      sketchNode("team", "ringGroup", { extensions: ["101", "102", "103"], strategy: "roundRobin", ringSeconds: 10, maxRounds: 2, maxWaitSeconds: 60 }),
      sketchNode("vm", "voicemail", { mailbox: "main", greeting: say("Zostaw wiadomość.") }),
      sketchNode("bye", "hangup", { prompt: say("Do widzenia.") }),
    ],
    [
      ["start", "next", "rec"], ["rec", "next", "hours"],
      ["hours", "open", "menu"], ["hours", "closed", "vm"], ["hours", "holiday", "bye"],
      ["menu", "key:1", "account"], ["menu", "key:2", "sales"], ["menu", "key:3", "room"], ["menu", "key:4", "support"],
      ["menu", "key:5", "jump"], ["menu", "key:6", "set"], ["menu", "noInput", "bye"], ["menu", "invalid", "bye"],
      ["account", "next", "lookup"], ["account", "failed", "menu"],
      ["lookup", "success", "vip"], ["lookup", "error", "menu"],
      ["vip", "rule:gold", "team"], ["vip", "else", "desk"], ["desk", "failed", "vm"],
      ["sales", "answered", "bye"], ["sales", "overflow", "team"], ["sales", "left", "vm"],
      ["room", "next", "bye"], ["room", "wrongPin", "bye"], ["support", "failed", "vm"],
      ["set", "next", "info"], ["info", "next", "menu"],
      ["team", "answered", "bye"], ["team", "noAnswer", "vm"], ["vm", "next", "bye"],
    ],
  );
}
