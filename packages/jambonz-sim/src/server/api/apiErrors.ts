/**
 * The error classes of jambonz-api-server (lib/utils/errors.js) and how its sysError
 * (lib/routes/error.js) answers each: 400 {msg:'Bad request'} for BadRequestError, 400/422/403
 * {msg} for the Db errors, 422 for a duplicate entry, 500 {msg} for anything else.
 */
export class BadRequestError extends Error {}
export class DbErrorBadRequest extends Error {}
export class DbErrorUnprocessableRequest extends Error {}
export class DbErrorForbidden extends Error {}

/** What MySQL would throw; `code` decides the answer (ER_DUP_ENTRY is 422, the rest 500). */
export class MysqlError extends Error {
  constructor(
    readonly code: 'ER_DUP_ENTRY' | 'ER_BAD_FIELD_ERROR' | 'ER_NO_REFERENCED_ROW_2' | 'ER_ROW_IS_REFERENCED_2' | 'ER_BAD_NULL_ERROR',
    message: string,
  ) {
    super(message);
  }
}

export interface ApiAnswer {
  status: number;
  body?: unknown;
  /** Plain text body (express's sendStatus, passport's 401). */
  text?: string;
  headers?: Record<string, string>;
}

/** jambonz-api-server's sysError. */
export function convertErrorToAnswer(error: unknown): ApiAnswer {
  if (error instanceof BadRequestError) return { status: 400, body: { msg: 'Bad request' } };
  if (error instanceof DbErrorBadRequest) return { status: 400, body: { msg: error.message } };
  if (error instanceof DbErrorUnprocessableRequest) return { status: 422, body: { msg: error.message } };
  if (error instanceof DbErrorForbidden) return { status: 403, body: { msg: error.message } };
  if (error instanceof MysqlError && error.code === 'ER_DUP_ENTRY') return { status: 422, body: { msg: error.message } };
  return { status: 500, body: { msg: error instanceof Error ? error.message : String(error) } };
}

/** express `res.sendStatus(n)`: the status text as a plain body. */
export function sendStatus(status: number): ApiAnswer {
  const texts: Record<number, string> = { 202: 'Accepted', 204: 'No Content', 404: 'Not Found', 500: 'Internal Server Error' };
  return status === 204 ? { status } : { status, text: texts[status] ?? String(status) };
}
