import type { CallEnv } from "../state/callEnv";

/** The environment scripted test calls run in (a Warsaw tenant). */
export const testEnv: CallEnv = {
  timezone: "Europe/Warsaw",
  sipRealm: "acme.sip.centrala.test",
  promptBaseUrl: "https://prompts.centrala.test/t1",
  audioWsUrl: "wss://runtime.centrala.test/audio",
  language: "pl-PL",
};

/** Tuesday 2026-03-10 10:00 in Warsaw (UTC+1), an ordinary business hour. */
export const tuesdayMorning = Date.UTC(2026, 2, 10, 9, 0, 0);
