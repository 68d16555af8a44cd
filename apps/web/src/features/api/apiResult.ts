/** What an API handler decides: a status and a JSON body. Routes turn it into a Response. */
export type ApiResult = { status: number; body: unknown };

export type ApiIssue = { path: string; message: string };

export function respondOk(body: unknown, status = 200): ApiResult {
  return { status, body };
}

export function respondError(status: number, code: string, message: string, issues?: ApiIssue[]): ApiResult {
  return { status, body: { error: { code, message, ...(issues ? { issues } : {}) } } };
}

export const respondNotFound = (what = "Flow") => respondError(404, "NOT_FOUND", `${what} not found`);
export const respondUnauthorized = () => respondError(401, "UNAUTHORIZED", "Sign in first");

export function convertApiResultToResponse(result: ApiResult): Response {
  return Response.json(result.body, { status: result.status });
}
