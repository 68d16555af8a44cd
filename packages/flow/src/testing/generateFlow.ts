import { currentFlowVersion } from "../migrations/registry";
import type { FlowDocument, FlowEdge, FlowNode } from "../document";
import { getNodeDefinition, type NodeData, type NodeKind } from "../nodes/registry";
import type { Prompt } from "../schema/prompt";

// Builds big, realistic, valid flows for benchmarks and property tests. Deterministic: the same
// (nodeCount, seed) always gives the same document. Pure: no Math.random, no clock.

type Random = () => number;

/** mulberry32: a tiny seeded generator, good enough to vary shapes. */
function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** An exit waiting for a node, with the variables set on the way to it. */
type OpenPort = { source: string; port: string; depth: number; variables: readonly string[] };

const growingKinds: readonly NodeKind[] = [
  "menu", "menu", "play", "play", "condition", "hours", "queue", "ringGroup",
  "collect", "http", "setVariable", "voicemail", "record", "transfer",
];

function say(text: string, language: "pl-PL" | "en-US" = "pl-PL"): Prompt {
  return { type: "tts", text, language };
}

function createData(kind: NodeKind, n: number, random: Random, variables: readonly string[]): NodeData<NodeKind> {
  const known = variables.length > 0 && random() < 0.5 ? ` {{${pick(random, variables)}}}` : "";
  const keys = ["1", "2", "3", "4", "5", "9", "0"].slice(0, 2 + Math.floor(random() * 4));
  const extensions = ["101", "102", "103", "104", "105"].slice(0, 1 + Math.floor(random() * 4));
  const dataByKind: Partial<Record<NodeKind, NodeData<NodeKind>>> = {
    menu: { prompt: say(`Menu ${n}. Wybierz opcję.${known}`), keys: keys as NodeData<"menu">["keys"], noInputPrompt: say("Nie wybrano opcji.") },
    play: { prompt: say(`Komunikat ${n} dla {{caller}}.${known}`, "en-US"), repeat: 1 + Math.floor(random() * 2) },
    condition: { rules: [
      { id: "morning", match: "all", tests: [{ left: { var: "hour" }, op: "lt", right: { value: "12" } }] },
      { id: "poland", match: "any", tests: [{ left: { var: "caller" }, op: "startsWith", right: { value: "+48" } }, { left: { var: "caller" }, op: "empty" }] },
    ] },
    hours: { timezone: "Europe/Warsaw", weekly: { mon: [{ from: "08:00", to: "16:00" }], tue: [{ from: "08:00", to: "16:00" }], wed: [], thu: [{ from: "10:00", to: "18:00" }], fri: [{ from: "08:00", to: "14:00" }], sat: [], sun: [] }, holidays: [{ date: "2026-12-25", name: "Boże Narodzenie" }], exceptions: [{ date: "2026-12-24", ranges: [] }] },
    queue: { queueId: pick(random, ["sales", "support", "billing"]), holdPrompt: say("Proszę czekać."), maxWaitSeconds: 120 + Math.floor(random() * 600) },
    ringGroup: { extensions, strategy: pick(random, ["simultaneous", "sequential", "roundRobin"] as const) },
    collect: { prompt: say("Podaj numer klienta."), variable: `customer_${n}`, minDigits: 4, maxDigits: 8, finishOnKey: "#" },
    http: { url: `https://crm.example.com/api/lookup?caller={{caller}}&n=${n}`, responseMap: [{ path: "customer.tier", variable: `tier_${n}` }] },
    setVariable: { assignments: [{ variable: `note_${n}`, value: `Połączenie z {{caller}} o {{hour}}:{{minute}}` }] },
    voicemail: { mailbox: `box-${n % 7}`, greeting: say("Zostaw wiadomość po sygnale.") },
    record: { consentPrompt: say("Rozmowa jest nagrywana.") },
    transfer: { target: random() < 0.5 ? { type: "extension", extension: pick(random, extensions) } : { type: "external", number: `+4822${String(1000000 + n).slice(-7)}` } },
  };
  return dataByKind[kind] ?? {};
}

/** Generates a valid flow of exactly `nodeCount` nodes (at least 2) that compiles with no errors. */
export function generateLargeFlow(nodeCount: number, seed: number): FlowDocument {
  const random = createRandom(seed);
  const total = Math.max(2, Math.floor(nodeCount));
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const rows = new Map<number, number>();
  const menus: string[] = [];
  const addNode = (kind: NodeKind, data: NodeData<NodeKind>, depth: number, label?: string): string => {
    const id = `n${nodes.length}`;
    const row = rows.get(depth) ?? 0;
    rows.set(depth, row + 1);
    nodes.push({ id, kind, ...(label === undefined ? {} : { label }), position: { x: depth * 280, y: row * 160 }, data: data as FlowNode["data"] });
    return id;
  };
  const connect = (open: OpenPort, target: string) => {
    edges.push({ id: `e${edges.length}`, source: open.source, sourcePort: open.port, target });
  };

  const goodbye = addNode("hangup", { prompt: say("Dziękujemy za telefon. Do widzenia.") }, 0, "Goodbye");
  const start = addNode("start", {}, 0);
  const open: OpenPort[] = [{ source: start, port: "next", depth: 0, variables: [] }];

  while (nodes.length < total && open.length > 0) {
    const from = open.splice(Math.floor(random() * Math.min(open.length, 4)), 1)[0] as OpenPort;
    const kind = pick(random, growingKinds);
    const data = createData(kind, nodes.length, random, from.variables);
    const id = addNode(kind, data, from.depth + 1, random() < 0.3 ? `${kind} ${nodes.length}` : undefined);
    connect(from, id);
    if (kind === "menu") menus.push(id);
    const definition = getNodeDefinition(kind);
    const parsed = definition.schema.parse(data);
    for (const port of definition.ports(parsed)) {
      if (port.required || port.id === "next" || random() < 0.4) {
        const variables = [...from.variables, ...definition.listSetVariables(parsed, port.id)];
        open.push({ source: id, port: port.id, depth: from.depth + 1, variables: [...new Set(variables)] });
      }
    }
  }
  // Close the remaining exits: back to an earlier menu (it waits for the caller, so the loop is
  // safe) or to the shared goodbye.
  for (const port of open) {
    connect(port, menus.length > 0 && random() < 0.3 ? pick(random, menus) : goodbye);
  }
  return { version: currentFlowVersion, nodes, edges };
}
