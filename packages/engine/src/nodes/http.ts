import { httpMethodsWithBody, type IrNodeOf } from "@centrala/flow";
import { readResponsePath } from "../http/readResponsePath";
import type { JsonValue } from "../state/callState";
import type { StepContext } from "../step/stepContext";
import { defineNodeHandler } from "./nodeHandler";

type HttpLocal = { requestId: string; sentAt: number };

/**
 * Asks the runtime to call a web service and waits for its `httpResult`. Success (2xx) maps the
 * answer into variables; anything else, or a `timer` event past the time limit, takes `error`.
 * Sensitive values (a card number, a PIN) go into the request only when the address is https://;
 * over plain http they are sent masked.
 */
export const http = defineNodeHandler<"http", HttpLocal>({
  enter(node, nodeId, ctx) {
    const { url, method, headers, timeoutMs } = node.config;
    const secure = /^https:\/\//i.test(url);
    const requestId = `${ctx.call.callSid}:${ctx.takeSequenceNumber()}`;
    const renderedHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) renderedHeaders[name] = ctx.renderText(value, false, secure);
    const body = buildBody(node, ctx, secure);
    ctx.emitEffect({
      type: "http",
      nodeId,
      requestId,
      url: ctx.renderText(url, true, secure),
      method,
      headers: renderedHeaders,
      ...(body === undefined ? {} : { body }),
      timeoutMs,
    });
    return { type: "wait", local: { requestId, sentAt: ctx.at } };
  },
  resume(node, _nodeId, local, event, ctx) {
    if (event.type === "timer") {
      if (ctx.at < local.sentAt + node.config.timeoutMs) return { type: "ignore" };
      ctx.setVariable("http_status", "");
      return { type: "next", port: "error" };
    }
    if (event.type !== "httpResult" || event.requestId !== local.requestId) return { type: "ignore" };
    ctx.setVariable("http_status", event.status === undefined ? "" : String(event.status));
    const ok = event.error === undefined && event.status !== undefined && event.status >= 200 && event.status < 300;
    if (!ok) return { type: "next", port: "error" };
    for (const mapping of node.config.responseMap) {
      ctx.setVariable(mapping.variable, readResponsePath(event.body, mapping.path));
    }
    return { type: "next", port: "success" };
  },
});

/** The body: the node's JSON template with its text values filled in, or else (POST, PUT, PATCH) the call's variables. */
function buildBody(node: IrNodeOf<"http">, ctx: StepContext, secure: boolean): JsonValue | undefined {
  if (!httpMethodsWithBody.includes(node.config.method)) return undefined;
  if (node.config.body !== undefined) return renderJson(node.config.body as JsonValue, ctx, secure);
  return listCallVariables(ctx, secure);
}

function renderJson(value: JsonValue, ctx: StepContext, secure: boolean): JsonValue {
  if (typeof value === "string") return ctx.renderText(value, false, secure);
  if (Array.isArray(value)) return value.map((item) => renderJson(item, ctx, secure));
  if (value && typeof value === "object") {
    const out: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(value)) out[key] = renderJson(item, ctx, secure);
    return out;
  }
  return value;
}

/** The call's variables: the caller's numbers and call id, then the flow's own (sensitive ones only over https). */
function listCallVariables(ctx: StepContext, secure: boolean): Record<string, string> {
  const vars: Record<string, string> = { caller: ctx.call.from, called: ctx.call.to, call_id: ctx.call.callSid, ...ctx.vars };
  for (const name of Object.keys(ctx.secretFrom ?? {})) vars[name] = secure ? ctx.readSecretVariable(name) : ctx.readVariable(name);
  return vars;
}
