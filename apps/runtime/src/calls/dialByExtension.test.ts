import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExtension } from "@centrala/db";
import { currentFlowVersion } from "@centrala/flow";
import { pressKeysOnGather } from "@centrala/jambonz-sim";
import { readHeardTexts } from "../testing/readHeardTexts";
import { startTestRuntime } from "../testing/startTestRuntime";
import { publishTestFlow } from "../testing/publishTestFlow";

const OPEN = Date.parse("2026-03-03T09:00:00Z");
const say = (text: string) => ({ type: "tts" as const, text, language: "pl-PL" as const });
type NodeSketch = [id: string, kind: string, data: Record<string, unknown>];
const buildFlow = (nodes: NodeSketch[], edges: [string, string, string][]) => ({
  version: currentFlowVersion,
  nodes: nodes.map(([id, kind, data], index) => ({ id, kind, data, position: { x: index * 240, y: 0 } })),
  edges: edges.map(([source, sourcePort, target]) => ({ id: `${source}.${sourcePort}`, source, sourcePort, target })),
});
let rt: Awaited<ReturnType<typeof startTestRuntime>>;
let published: Awaited<ReturnType<typeof publishTestFlow>>;

beforeAll(async () => {
  rt = await startTestRuntime({ now: () => OPEN });
  published = await publishTestFlow(rt.prisma, buildFlow(
    [
      ["start", "start", {}],
      ["main", "menu", { prompt: say("Sprzedaż 1. Jeśli znasz numer wewnętrzny, wybierz go teraz."), keys: ["1"], dialExtension: true }],
      ["sales", "hangup", { prompt: say("Dział sprzedaży.") }],
      ["ring", "transfer", { target: { type: "dialledExtension" }, ringSeconds: 20 }],
      ["nobody", "hangup", { prompt: say("Nikt nie odbiera.") }],
    ],
    [["start", "next", "main"], ["main", "key:1", "sales"], ["main", "extension", "ring"], ["main", "noInput", "nobody"], ["ring", "failed", "nobody"]],
  ));
  // Another tenant's 109 must stay invisible to this tenant's callers.
  const other = await publishTestFlow(rt.prisma, buildFlow([["start", "start", {}], ["bye", "hangup", {}]], [["start", "next", "bye"]]));
  await createExtension(rt.prisma, other.tenant.id, { number: "109", name: "Elsewhere" });
  await createExtension(rt.prisma, published.tenant.id, { number: "102", name: "Anna" });
  await createExtension(rt.prisma, published.tenant.id, { number: "103", name: "Piotr", voicemailEnabled: true });
});
afterAll(async () => rt?.close());

const finalStatuses = ["completed", "busy", "no-answer", "failed"];
/** Each dialled target with how its leg ended, e.g. `102:completed`. */
const dialled = (call: { transcript: readonly { kind: string; target?: string; status?: string }[] }) =>
  call.transcript.flatMap((e) => (e.kind === "dial-target" && finalStatuses.includes(e.status ?? "") ? [`${e.target?.split("@")[0]}:${e.status}`] : []));

describe("dial by extension over a real WebSocket", () => {
  it("the caller types 1,0,9 during the message and hears it does not exist, then 1,0,2 and extension 102 rings", async () => {
    const sim = rt.createSimulator();
    const call = sim.placeCall({
      from: "+48500100200", to: published.number, caller: pressKeysOnGather(["109", "102"], { bargeIn: true, afterMs: 500 }),
      dialTargets: { "102": { answerAfterMs: 1000, talkMs: 5000 } },
    });
    await call.ended;
    const heard = readHeardTexts(call);
    expect(heard.filter((text) => /wybierz go teraz/.test(text))).toHaveLength(2);
    expect(heard).toContain("Nie ma takiego numeru wewnętrznego.");
    expect(call.transcript.flatMap((e) => (e.kind === "gather-result" ? [e.digits] : []))).toEqual(["109", "102"]);
    expect(dialled(call)).toEqual(["102:completed"]);
    expect(call.receivedVerbs.every((v) => v.valid)).toBe(true);

    await rt.runtime.flushRecords();
    const row = await rt.prisma.call.findUnique({ where: { callSid: call.callSid }, include: { events: { orderBy: { seq: "asc" } } } });
    expect(row?.outcome).toBe("transferred");
    expect(row!.events.filter((e) => e.type === "keyPressed").map((e) => (e.data as { digits?: string }).digits)).toEqual(["109", "102"]);
  });

  it("a menu key pressed alone still takes its exit", async () => {
    const call = rt.createSimulator().placeCall({ from: "+48500100200", to: published.number, caller: pressKeysOnGather(["1"], { bargeIn: true, afterMs: 500 }) });
    await call.ended;
    expect(readHeardTexts(call).at(-1)).toBe("Dział sprzedaży.");
    expect(dialled(call)).toEqual([]);
  });

  it("a busy extension that takes messages sends the caller to its voicemail", async () => {
    const call = rt.createSimulator().placeCall({
      from: "+48500100200", to: published.number, caller: pressKeysOnGather(["103#"], { bargeIn: true, afterMs: 500 }),
      dialTargets: { "103": { busy: true, rejectAfterMs: 500 } },
    });
    await call.ended;
    expect(dialled(call)).toEqual(["103:busy"]);
    expect(readHeardTexts(call)).toContain("Osoba, z którą chcesz się połączyć, jest niedostępna. Zostaw wiadomość po sygnale.");
    const listen = call.receivedVerbs.find((v) => v.name === "listen")?.verb as { metadata?: Record<string, string> } | undefined;
    expect(listen?.metadata).toMatchObject({ kind: "voicemail", mailbox: "103" });
  });
});
