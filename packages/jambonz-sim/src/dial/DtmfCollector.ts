/**
 * FS lib/utils/dtmf-collector.js: keys pressed less than `interDigitMs` apart build up a buffer
 * (a longer gap starts it again) and a pattern matches when the buffer ends with it.
 */
export class DtmfCollector {
  private buffer: Array<{ key: string; at: number }> = [];

  constructor(
    private readonly patterns: readonly string[],
    private readonly interDigitMs = 3000,
  ) {}

  /** Adds a key pressed at `now` (ms); returns the matched pattern, if any. */
  keyPress(key: string, now: number): string | undefined {
    const last = this.buffer.at(-1);
    if (last && now - last.at >= this.interDigitMs) this.buffer = [];
    this.buffer.push({ key, at: now });
    const digits = this.buffer.map((e) => e.key).join('');
    return this.patterns.find((pattern) => digits.endsWith(pattern));
  }
}

/**
 * FS dial.js parseDtmfOptions: an array applies to both legs; {parentCall, childCall} is meant per
 * leg, but FS pushes the parentCall patterns into the child's collector too (so with the object
 * form the caller's keys are never matched).
 */
export function parseDtmfCapture(capture: unknown): { parent?: DtmfCollector; child?: DtmfCollector } {
  const parentKeys: string[] = [];
  const childKeys: string[] = [];
  if (Array.isArray(capture)) {
    parentKeys.push(...capture.map(String));
    childKeys.push(...capture.map(String));
  } else if (capture && typeof capture === 'object') {
    const { childCall, parentCall } = capture as { childCall?: unknown; parentCall?: unknown };
    if (Array.isArray(childCall)) childKeys.push(...childCall.map(String));
    if (Array.isArray(parentCall)) childKeys.push(...parentCall.map(String));
  }
  return {
    ...(parentKeys.length && { parent: new DtmfCollector(parentKeys) }),
    ...(childKeys.length && { child: new DtmfCollector(childKeys) }),
  };
}
