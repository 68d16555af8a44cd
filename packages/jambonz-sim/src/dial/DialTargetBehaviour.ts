/** How a scripted dial target (agent phone, mobile, SIP URI) reacts when rung. */
export interface DialTargetBehaviour {
  /** Answers after this long (default 3000 ms). */
  answerAfterMs?: number;
  /** Rejects with 486 Busy Here after `rejectAfterMs`. */
  busy?: boolean;
  /** Rings until the dial's timeout (ends as no-answer / 487). */
  noAnswer?: boolean;
  /** Rejects with 603 Decline after `rejectAfterMs` (reported as failed). */
  declines?: boolean;
  /** Fails with this SIP status after `rejectAfterMs` (e.g. 404, 480). */
  failWithSipStatus?: number;
  /** When a busy/decline/failure happens (default 1000 ms). */
  rejectAfterMs?: number;
  /** Once bridged, the far end hangs up after this long (default 30000 ms); the caller may hang up first. */
  talkMs?: number;
  /** Answer to a `confirmHook` screen: false makes the target hang up during screening (default true). */
  acceptsConfirm?: boolean;
  /** Keys the answering party presses once bridged (ms after the bridge), e.g. a transfer code. */
  pressDigits?: ReadonlyArray<{ atMs: number; digits: string }>;
}

/**
 * Map from target key (phone number, user name, sip URI) to behaviour, or to one behaviour per
 * time it is rung (the first call to it behaves as the first entry, and so on; the last repeats).
 */
export type DialTargetScript = Record<string, DialTargetBehaviour | DialTargetBehaviour[]>;

/** The behaviour for the `index`-th time a target is rung (0-based). */
export function pickBehaviour(entry: DialTargetBehaviour | DialTargetBehaviour[] | undefined, index: number): DialTargetBehaviour | undefined {
  if (!Array.isArray(entry)) return entry;
  return entry[Math.min(index, entry.length - 1)];
}

export const DEFAULT_DIAL_TARGET: DialTargetBehaviour = { answerAfterMs: 3000, talkMs: 30000 };

/** The key a dial target is scripted under: number (phone/teams), name (user), sipUri (sip). */
export function describeDialTarget(target: Record<string, unknown>): string {
  const value = target.number ?? target.name ?? target.sipUri;
  return typeof value === 'string' ? value : JSON.stringify(target);
}

/** Looks a target up in the script (a user `1001@realm` also matches `1001`), else the default. */
export function resolveDialTargetBehaviour(
  script: DialTargetScript,
  fallback: DialTargetBehaviour,
): (target: Record<string, unknown>) => DialTargetBehaviour {
  const rung = new Map<string, number>();
  return (target) => {
    const key = describeDialTarget(target);
    const name = script[key] !== undefined ? key : (key.split('@')[0] ?? key);
    const index = rung.get(name) ?? 0;
    rung.set(name, index + 1);
    return pickBehaviour(script[name], index) ?? fallback;
  };
}
