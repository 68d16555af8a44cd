import type { Permission } from "@/features/auth/permissions";

/**
 * Every API route and what it asks for. `withApiSession(request, "<permission>", ...)` in the route
 * file enforces it; routePermissions.test.ts fails when a route file is missing here or its code
 * asks for something else. "public" routes answer without a session, on purpose (reason given).
 */
export type RouteAccess = Permission | { public: string };
export type RouteMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";

const signedLink = { public: "a signed, expiring URL is the credential (jambonz and audio players fetch it)" };
const token = { public: "the e-mailed single-use token is the credential" };

export const routePermissions: Record<string, Partial<Record<RouteMethod, RouteAccess>>> = {
  "account/password": { POST: "account.manage" },
  "auth/[...nextauth]": { GET: { public: "Auth.js sign-in and session endpoints" }, POST: { public: "Auth.js sign-in and session endpoints" } },
  "call-actions/[id]": { GET: "desk.use" },
  "call-recordings": { GET: "recordings.listen" },
  "call-recordings/[id]/access": { POST: "recordings.listen" },
  "calls/[callSid]/trace": { GET: "calls.view" },
  "desk": { GET: "desk.use" },
  "desk/actions": { POST: "desk.use" },
  "desk/events": { GET: "desk.use" },
  "desk/presence": { POST: "desk.use" },
  "desk/ready": { POST: "desk.use" },
  "dev/outbox": { GET: "people.manage" },
  "extensions": { GET: "workspace.view", POST: "extensions.manage" },
  "extensions/[id]": { GET: "workspace.view", PATCH: "extensions.manage", DELETE: "extensions.manage" },
  "extensions/[id]/credentials": { POST: "extensions.manage" },
  "flow-templates": { GET: "flows.view" },
  "flows": { GET: "flows.view", POST: "flows.edit" },
  "flows/[id]": { GET: "flows.view", PATCH: "flows.edit", DELETE: "flows.edit" },
  "flows/[id]/draft": { PUT: "flows.edit" },
  "flows/[id]/numbers": { GET: "flows.view", PUT: "flows.publish" },
  "flows/[id]/publish": { POST: "flows.publish" },
  "flows/[id]/test-call": { POST: "flows.edit" },
  "flows/[id]/versions": { GET: "flows.view" },
  "flows/[id]/versions/[number]": { GET: "flows.view" },
  "flows/from-template": { POST: "flows.edit" },
  "getting-started": { GET: "workspace.view" },
  "invites/[token]": { GET: token },
  "invites/[token]/accept": { POST: token },
  "locale": { POST: { public: "chooses the language of the signed-out pages too (a cookie)" } },
  "numbers": { GET: "workspace.view", POST: "numbers.manage" },
  "numbers/[id]": { GET: "workspace.view", PATCH: "numbers.manage", DELETE: "numbers.manage" },
  "numbers/pool": { GET: "numbers.manage" },
  "password-reset": { POST: { public: "a forgotten password is asked for signed out; the answer never says whether the address exists" } },
  "password-reset/[token]": { POST: token },
  "prompt-audio/[...path]": { GET: signedLink, HEAD: signedLink },
  "prompts": { GET: "workspace.view", POST: "prompts.manage" },
  "prompts/[id]": { GET: "workspace.view", PATCH: "prompts.manage", DELETE: "prompts.manage" },
  "prompts/[id]/variants/[language]": { PUT: "prompts.manage", DELETE: "prompts.manage" },
  "queues": { GET: "workspace.view", POST: "queues.manage" },
  "queues/[id]": { GET: "workspace.view", PATCH: "queues.manage", DELETE: "queues.manage" },
  "queues/[id]/hold-music": { GET: "workspace.view", PUT: "queues.manage" },
  "recording-audio/[...path]": { GET: signedLink, HEAD: signedLink },
  "recordings": { GET: "recordings.listen" },
  "recordings/[id]": { PATCH: "recordings.listen", DELETE: "recordings.listen" },
  "recordings/[id]/restore": { POST: "recordings.listen" },
  "settings": { GET: "workspace.view", PATCH: "settings.manage" },
  "sign-out": { POST: { public: "ends whatever session the browser has; harmless without one" } },
  "team": { GET: "workspace.view" },
  "team/invites": { POST: "people.manage" },
  "team/invites/[id]": { DELETE: "people.manage" },
  "team/members/[id]": { PATCH: "people.manage", DELETE: "people.manage" },
  "wallboard": { GET: "wallboard.view" },
  "wallboard/events": { GET: "wallboard.view" },
  "wallboard/supervise": { POST: "calls.supervise" },
};
