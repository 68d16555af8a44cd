import type { IncomingMessage, ServerResponse } from 'node:http';
import { hangUpAfter } from '../../caller/hangUpAfter';
import { pressKeysOnGather } from '../../caller/pressKeysOnGather';
import { sayOnGather } from '../../caller/sayOnGather';
import type { CallerScript } from '../../SimulatedCall';
import type { FeatureServer } from '../featureServer/FeatureServer';
import { simCallSchema, simRegistrationSchema } from './simCallSchema';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function describeProblems(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

/**
 * The carrier side of the simulated jambonz, separate from jambonz's own /v1 API:
 * - POST /sim/calls places a call from the carrier and streams its transcript back as server-sent
 *   events (`event: transcript` per event, `event: ended` with the outcome);
 * - POST/DELETE /sim/registrations registers or unregisters a SIP user;
 * - GET /sim/calls lists the calls up.
 */
export async function handleSimControl(fs: FeatureServer, req: IncomingMessage, res: ServerResponse, url: URL, body: unknown): Promise<void> {
  const route = `${req.method} ${url.pathname.replace(/\/$/, '')}`;
  if (route === 'GET /sim/calls') {
    return sendJson(res, 200, fs.allCalls.filter((c) => !c.isEnded).map((c) => ({ callSid: c.callSid, ...c.callInfo })));
  }
  if (route === 'POST /sim/registrations' || route === 'DELETE /sim/registrations') {
    const parsed = simRegistrationSchema.safeParse(body);
    if (!parsed.success) return sendJson(res, 400, { msg: describeProblems(parsed.error) });
    if (req.method === 'POST') fs.register(parsed.data.realm, parsed.data.user, parsed.data.contact);
    else fs.unregister(parsed.data.realm, parsed.data.user);
    return sendJson(res, 200, { ok: true });
  }
  if (route !== 'POST /sim/calls') return sendJson(res, 404, { msg: `no such simulator route: ${route}` });
  const parsed = simCallSchema.safeParse(body);
  if (!parsed.success) return sendJson(res, 400, { msg: describeProblems(parsed.error) });
  const o = parsed.data;
  const caller: CallerScript[] = [];
  if (o.press?.length) caller.push(pressKeysOnGather(o.press));
  if (o.say?.length) caller.push(sayOnGather(o.say));
  if (o.hangUpAfterMs !== undefined) caller.push(hangUpAfter(o.hangUpAfterMs));
  const call = fs.placeInbound({
    to: o.to,
    ...(o.from && { from: o.from }),
    ...(o.carrier && { carrier: o.carrier }),
    ...(o.clock && { clock: o.clock }),
    ...(o.sipHeaders && { sipHeaders: o.sipHeaders }),
    ...(o.dialTargets && { dialTargets: o.dialTargets }),
    caller,
  });
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-call-sid': call.callSid });
  const write = (event: string, data: unknown): void => {
    if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  for (const event of call.transcript) write('transcript', event);
  const off = call.on('event', (event) => write('transcript', event));
  // The caller hangs up when whoever placed the call goes away.
  res.on('close', () => {
    off();
    if (!call.isEnded) call.hangUp();
  });
  const result = await call.ended;
  off();
  write('ended', { result, invalidVerbs: call.receivedVerbs.filter((v) => !v.valid) });
  res.end();
}
