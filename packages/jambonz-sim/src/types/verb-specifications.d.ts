// Types for the untyped CommonJS package (index.js re-exports jambonz-app-json-validation.js + specs.json).
declare module '@jambonz/verb-specifications' {
  /** Anything with the logger methods the validator may call. */
  interface SpecLogger {
    info: (...args: unknown[]) => void;
    debug?: (...args: unknown[]) => void;
    error?: (...args: unknown[]) => void;
  }
  interface VerbSpec {
    properties: Record<string, unknown>;
    required?: string[];
  }
  /** Converts `{verb:'say',...}` items to `{say:{...}}`; throws on malformed input. */
  export function normalizeJambones(logger: SpecLogger, obj: unknown): Array<Record<string, Record<string, unknown>>>;
  /** normalizeJambones + validateVerb for each item; throws the first error. */
  export function validate(logger: SpecLogger, obj: unknown): void;
  /** Throws an Error describing the first problem with one verb's data. */
  export function validateVerb(name: string, data: unknown, logger?: SpecLogger): void;
  export const specs: Record<string, VerbSpec>;
  const _default: {
    normalizeJambones: typeof normalizeJambones;
    validate: typeof validate;
    validateVerb: typeof validateVerb;
    specs: typeof specs;
  };
  export default _default;
}
