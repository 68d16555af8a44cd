/** What went wrong talking to jambonz, in words a caller can act on. */
export type JambonzApiErrorCode =
  | 'unauthorized' // 401: the API key is wrong or gone
  | 'forbidden' // 403: the key may not touch this account or object
  | 'not_found' // 404
  | 'bad_request' // 400: jambonz named what is wrong with the request
  | 'unprocessable' // 422: a duplicate, or an object still in use
  | 'call_state' // 422 on a call update: the call is gone or in a state that forbids it (e.g. already answered)
  | 'server_error' // 5xx
  | 'timeout' // no answer within the request's time limit
  | 'network' // jambonz could not be reached
  | 'bad_response'; // jambonz answered something this client does not understand

/** An error from the jambonz REST API: `status` is the HTTP status (0 when there was none). */
export class JambonzApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: JambonzApiErrorCode,
    message: string,
    /** Worth trying again later (jambonz down, slow or briefly failing). */
    readonly retryable: boolean,
    /** jambonz's own words (its `msg`), when it gave any. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'JambonzApiError';
  }
}

const GENERIC: Record<number, [JambonzApiErrorCode, string]> = {
  400: ['bad_request', 'jambonz rejected the request'],
  401: ['unauthorized', 'jambonz did not accept the API key'],
  403: ['forbidden', 'the API key may not do this on jambonz'],
  404: ['not_found', 'jambonz does not know this object'],
  422: ['unprocessable', 'jambonz could not do this'],
};

/** Builds the error for a non-2xx answer; `what` says what was being done ("adding number +48…"). */
export function convertResponseToError(status: number, detail: string | undefined, what: string, callUpdate = false): JambonzApiError {
  if (status === 422 && callUpdate) {
    return new JambonzApiError(status, 'call_state', `${what}: the call has ended or its state does not allow this${detail ? ` (${detail})` : ''}`, false, detail);
  }
  const known = GENERIC[status];
  if (known) return new JambonzApiError(status, known[0], `${what}: ${known[1]}${detail ? ` (${detail})` : ''}`, false, detail);
  if (status >= 500 || status === 480) {
    return new JambonzApiError(status, 'server_error', `${what}: jambonz failed (${status})${detail ? `: ${detail}` : ''}; try again shortly`, true, detail);
  }
  return new JambonzApiError(status, 'bad_response', `${what}: jambonz answered with an unexpected status ${status}`, false, detail);
}
