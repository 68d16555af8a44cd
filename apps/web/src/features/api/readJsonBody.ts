/** The request's JSON body, or undefined when it is missing or not JSON (handlers answer 400). */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
