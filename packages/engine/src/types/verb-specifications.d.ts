// @jambonz/verb-specifications ships CommonJS without types; only what the tests use is declared.
declare module "@jambonz/verb-specifications" {
  type Logger = { info(...args: unknown[]): void; debug?(...args: unknown[]): void; error?(...args: unknown[]): void };
  const verbSpecifications: {
    /** Throws on the first invalid verb, exactly as the jambonz feature server checks an ack. */
    validate(logger: Logger, verbs: unknown[]): void;
    validateVerb(name: string, data: unknown, logger: Logger): void;
    normalizeJambones(logger: Logger, verbs: unknown[]): Record<string, unknown>[];
    specs: Record<string, { properties: Record<string, unknown>; required?: string[] }>;
  };
  export default verbSpecifications;
}
