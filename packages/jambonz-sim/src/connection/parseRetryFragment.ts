/** Connection retry settings from the `#rc=3&rp=ct,5xx` URL fragment (FS ws-requestor constructor). */
export interface RetrySettings {
  /** URL without the fragment: what jambonz actually dials. */
  cleanUrl: string;
  /** Total connections allowed (1-5, default 5). */
  maxReconnects: number;
  /** Retry policy values: ct, rt, 4xx, 5xx, all. Default ['ct']. */
  retryPolicy: string[];
}

const MAX_RECONNECTS = 5;

export function parseRetryFragment(url: string): RetrySettings {
  const hashAt = url.indexOf('#');
  if (hashAt === -1) return { cleanUrl: url, maxReconnects: MAX_RECONNECTS, retryPolicy: ['ct'] };
  const params = new URLSearchParams(url.slice(hashAt + 1));
  const rc = Math.abs(parseInt(params.get('rc') ?? '', 10));
  return {
    cleanUrl: url.slice(0, hashAt),
    maxReconnects: Math.min(rc || MAX_RECONNECTS, MAX_RECONNECTS),
    retryPolicy: (params.get('rp') ?? 'ct').split(',').map((v) => v.trim()),
  };
}

/** FS base-requestor `_shouldRetry`: connection errors under `ct`, HTTP statuses under 4xx/5xx. */
export function shouldRetryConnect(error: ConnectError, policy: string[]): boolean {
  if (policy.includes('all')) return true;
  if (error.statusCode !== undefined) {
    if (error.statusCode >= 400 && error.statusCode < 500) return policy.includes('4xx');
    if (error.statusCode >= 500) return policy.includes('5xx');
    return false;
  }
  if (error.timedOut) return policy.includes('rt') || policy.includes('ct');
  return policy.includes('ct');
}

/** Why a socket could not be opened. */
export class ConnectError extends Error {
  constructor(
    message: string,
    readonly statusCode?: number,
    readonly timedOut = false,
  ) {
    super(message);
  }
}
