import pino from "pino";

/** Structured JSON logs; per-call child loggers carry `call_sid` on every line. */
export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino({ level, base: { service: "runtime" }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

export type Logger = ReturnType<typeof createLogger>;
