import { readZonedClock } from "../time/readZonedClock";

type BuiltInSource = { at: number; env: { timezone: string }; call: { from: string; to: string; callSid: string } };

/** Reads one of the read-only variables every call has; undefined for other names. */
export function readBuiltInVariable(name: string, source: BuiltInSource): string | undefined {
  switch (name) {
    case "caller": return source.call.from;
    case "called": return source.call.to;
    case "call_id": return source.call.callSid;
    case "hour": return String(readZonedClock(source.at, source.env.timezone).hour);
    case "minute": return String(readZonedClock(source.at, source.env.timezone).minute);
    case "weekday": return readZonedClock(source.at, source.env.timezone).weekday;
    default: return undefined;
  }
}
