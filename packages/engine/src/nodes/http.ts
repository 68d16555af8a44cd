import { readResponsePath } from "../http/readResponsePath";
import type { StepContext } from "../step/stepContext";
import { defineNodeHandler } from "./nodeHandler";

type HttpLocal = { requestId: string; sentAt: number };

/**
 * Asks the runtime to call a web service and waits for its `httpResult`. Success (2xx) maps the
 * answer into variables; anything else, or a `timer` event past the time limit, takes `error`.
 */
export const http = defineNodeHandler<"http", HttpLocal>({
  enter(node, nodeId, ctx) {
    const { url, method, headers, timeoutMs } = node.config;
    const requestId = `${ctx.call.callSid}:${ctx.takeSequenceNumber()}`;
    const renderedHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) renderedHeaders[name] = ctx.renderText(value);
    ctx.emitEffect({
      type: "http",
      nodeId,
      requestId,
      url: ctx.renderText(url, true),
      method,
      headers: renderedHeaders,
      ...(method === "POST" ? { body: listCallVariables(ctx) } : {}),
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

/** The call's variables for a POST body: the caller's numbers and call id, then the flow's own. */
function listCallVariables(ctx: StepContext): Record<string, string> {
  return { caller: ctx.call.from, called: ctx.call.to, call_id: ctx.call.callSid, ...ctx.vars };
}
