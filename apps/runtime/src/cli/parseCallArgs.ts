import { z } from "zod";

const USAGE = `Usage: npm run call -- <number> [options]

Places a simulated call to a Centrala number through the running voice runtime and prints what
the caller hears, what they press and where the call ends.

  --press 1,3,1234#     keys to press at each menu / digit prompt, in order (default: none)
  --say "sales,yes"     phrases to say at each speech prompt, in order
  --from +48500100200   the caller's number
  --at 2026-12-24T19:00+01:00   run the call as if it were then (ISO time with its zone)
  --answer 101:3        an extension or number answers after 3 s (repeatable; also agents rung from a queue)
  --busy 102            an extension or number is busy (repeatable)
  --no-answer 103       an extension or number rings without answering (repeatable)
  --header X-Name:value an extra SIP header on the INVITE (repeatable)
  --talk 20             seconds a connected agent talks before hanging up (default 10)
  --hang-up-after 60    the caller hangs up after 60 s
  --realtime            run at real speed (default: simulated time, instant)
  --verbose             also show each verb with its URL and the jambonz protocol messages
  --jambonz http://…    the simulated jambonz the call comes through (default JAMBONZ_SIM_URL or http://127.0.0.1:3300)
  --url ws://…          skip jambonz: connect straight to a runtime's WebSocket (no number routing, no agent legs)`;

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, "must be a phone number in international format, like +48221234567");

export type CallArgs = {
  number: string; from: string; press: string[]; answer: Record<string, number>; busy: string[]; noAnswer: string[];
  talkSeconds: number; hangUpAfterSeconds: number | null; realtime: boolean; verbose: boolean; url: string | null;
  say: string[]; jambonzUrl: string | null;
  /** Extra INVITE headers (X-Centrala-Clock for --at goes here). */
  headers: Record<string, string>;
  /** The moment the call runs as if it were (ISO-8601 with a zone), or null for now. */
  at: string | null;
};

/** Reads the call command's arguments; throws an error whose message says exactly what is wrong. */
export function parseCallArgs(argv: string[]): CallArgs {
  const args: CallArgs = { number: "", from: "+48500100200", press: [], answer: {}, busy: [], noAnswer: [], talkSeconds: 10, hangUpAfterSeconds: null, realtime: false, verbose: false, url: null, say: [], jambonzUrl: null, headers: {}, at: null };
  const rest = [...argv];
  const value = (flag: string) => {
    const v = rest.shift();
    if (v === undefined || v.startsWith("--")) throw new Error(`${flag} needs a value.\n\n${USAGE}`);
    return v;
  };
  const seconds = (flag: string, v: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${flag} takes a number of seconds, not "${v}".`);
    return n;
  };
  while (rest.length) {
    const a = rest.shift()!;
    if (a === "--help" || a === "-h") throw new Error(USAGE);
    else if (a === "--press") {
      const keys = value(a).split(",").map((k) => k.trim()).filter(Boolean);
      const bad = keys.find((k) => !/^[0-9*#]+$/.test(k));
      if (bad) throw new Error(`--press: "${bad}" is not a key sequence (use 0-9, * and #, separated by commas).`);
      args.press.push(...keys);
    } else if (a === "--from") {
      const v = value(a);
      const ok = e164.safeParse(v);
      if (!ok.success) throw new Error(`--from ${v}: ${ok.error.issues[0]?.message}`);
      args.from = v;
    } else if (a === "--answer") {
      const [who, after = "3"] = value(a).split(":");
      args.answer[who!] = seconds("--answer", after);
    } else if (a === "--busy") args.busy.push(value(a));
    else if (a === "--no-answer") args.noAnswer.push(value(a));
    else if (a === "--talk") args.talkSeconds = seconds(a, value(a));
    else if (a === "--hang-up-after") args.hangUpAfterSeconds = seconds(a, value(a));
    else if (a === "--realtime") args.realtime = true;
    else if (a === "--verbose") args.verbose = true;
    else if (a === "--url") args.url = value(a);
    else if (a === "--at") {
      const v = value(a);
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(v) || !Number.isFinite(Date.parse(v))) {
        throw new Error(`--at ${v}: give a date and time with its zone, like 2026-12-24T19:00+01:00 or 2026-12-24T18:00Z.`);
      }
      args.at = v;
    } else if (a === "--jambonz") args.jambonzUrl = value(a);
    else if (a === "--say") args.say.push(...value(a).split(",").map((p) => p.trim()).filter(Boolean));
    else if (a === "--header") {
      const v = value(a);
      const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(v);
      if (!m) throw new Error(`--header ${v}: write it as Name:value, like X-Centrala-Clock:2026-12-02T10:00:00+01:00;ab12`);
      args.headers[m[1]!] = m[2]!;
    }
    else if (a.startsWith("--")) throw new Error(`Unknown option ${a}.\n\n${USAGE}`);
    else if (!args.number) {
      const ok = e164.safeParse(a);
      if (!ok.success) throw new Error(`"${a}" ${ok.error.issues[0]?.message}.`);
      args.number = a;
    } else throw new Error(`Unexpected argument "${a}".\n\n${USAGE}`);
  }
  if (!args.number) throw new Error(`Which number should I call?\n\n${USAGE}`);
  return args;
}
