// `npm run call -- <number> --press 1,3`: a simulated caller against a running Centrala.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hangUpAfter, pressKeysOnGather, RealClock, VirtualClock, type DialTargetScript } from "@centrala/jambonz-sim";
import { createNodeSimulator } from "@centrala/jambonz-sim/node";
import { parseCallArgs } from "./parseCallArgs";
import { CLOCK_HEADER, signClockHeader } from "../calls/callClock";
import { describeCall } from "./describeCall";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

function readPassword(): string {
  if (process.env.JAMBONZ_WS_PASSWORD) return process.env.JAMBONZ_WS_PASSWORD;
  const file = path.join(root, ".data/secrets/jambonz_ws_password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  throw new Error("No runtime password: start Centrala with `npm start` first, or set JAMBONZ_WS_PASSWORD.");
}

/** RUNTIME_SECRET signs the "as if at" clock header; npm start keeps it in .data/secrets. */
function readRuntimeSecret(): string {
  if (process.env.RUNTIME_SECRET) return process.env.RUNTIME_SECRET;
  const file = path.join(root, ".data/secrets/runtime_secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  throw new Error("--at needs the runtime's secret: start Centrala with `npm start` first, or set RUNTIME_SECRET.");
}

async function main() {
  const args = parseCallArgs(process.argv.slice(2));
  const url = args.url ?? process.env.RUNTIME_WS_URL ?? `ws://127.0.0.1:${process.env.RUNTIME_PORT ?? 3200}/jambonz`;
  const dialTargets: DialTargetScript = {};
  for (const [who, s] of Object.entries(args.answer)) dialTargets[who] = { answerAfterMs: s * 1000, talkMs: args.talkSeconds * 1000 };
  for (const who of args.busy) dialTargets[who] = { busy: true };
  for (const who of args.noAnswer) dialTargets[who] = { noAnswer: true };
  const sim = createNodeSimulator({
    url, auth: { username: process.env.JAMBONZ_WS_USERNAME ?? "jambonz", password: readPassword() },
    clock: args.realtime ? new RealClock() : new VirtualClock(),
    defaultDialTarget: { answerAfterMs: 3000, talkMs: args.talkSeconds * 1000 },
  });
  const caller = [pressKeysOnGather(args.press)];
  if (args.hangUpAfterSeconds !== null) caller.push(hangUpAfter(args.hangUpAfterSeconds * 1000));
  console.log(`Calling ${args.number} from ${args.from}${args.press.length ? `, pressing ${args.press.join(", ")}` : ""}…\n`);
  const sipHeaders = args.at ? { [CLOCK_HEADER]: signClockHeader(args.at, args.number, readRuntimeSecret()) } : undefined;
  if (args.at) console.log(`As if it were ${args.at}.`);
  const call = sim.placeCall({ from: args.from, to: args.number, caller, dialTargets, ...(sipHeaders ? { sipHeaders } : {}) });
  if (args.realtime) call.on("event", (e) => { const line = describeCall([e], args.verbose); if (line) console.log(line); });
  const result = await call.ended;
  if (!args.realtime) console.log(describeCall(call.transcript, args.verbose));
  const invalid = call.receivedVerbs.filter((v) => !v.valid);
  if (invalid.length) console.log(`\n${invalid.length} verb(s) failed jambonz's verb specification.`);
  process.exit(result.reason === "rejected" || invalid.length ? 1 : 0);
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  console.error(/ECONNREFUSED/.test(message) ? "The voice runtime is not running. Start Centrala with `npm start` first." : message);
  process.exit(2);
});
