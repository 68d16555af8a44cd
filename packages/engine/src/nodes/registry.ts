import type { NodeKind } from "@centrala/flow";
import type { NodeHandler } from "./nodeHandler";
import { start } from "./start";
import { play } from "./play";
import { menu } from "./menu";
import { collect } from "./collect";
import { hours } from "./hours";
import { condition } from "./condition";
import { queue } from "./queue";
import { ringGroup } from "./ringGroup";
import { transfer } from "./transfer";
import { conference } from "./conference";
import { record } from "./record";
import { voicemail } from "./voicemail";
import { http } from "./http";
import { setVariable } from "./setVariable";
import { gotoFlow } from "./gotoFlow";
import { hangup } from "./hangup";

/** Every node kind's engine behaviour. A kind missing here is a type error. */
export const nodeHandlers = {
  start, play, menu, collect, hours, condition, queue, ringGroup,
  transfer, conference, record, voicemail, http, setVariable, gotoFlow, hangup,
} satisfies { [K in NodeKind]: NodeHandler<K> };
