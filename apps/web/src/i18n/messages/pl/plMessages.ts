import type { enMessages } from "../en/enMessages";
import type { MessagesLike } from "../MessagesLike";
import { authPl } from "./auth";
import { commonPl } from "./common";
import { editorPl } from "./editor";
import { extensionsPl } from "./extensions";
import { flowsPl } from "./flows";
import { numbersPl } from "./numbers";
import { teamPl } from "./team";
import { settingsPl } from "./settings";
import { permissionsPl } from "./permissions";
import { phoneSystemPl } from "./phoneSystem";
import { promptsPl } from "./prompts";
import { queuesPl } from "./queues";
import { securityPl } from "./security";
import { deskPl } from "./desk";
import { testCallPl } from "./testCall";
import { voicemailPl } from "./voicemail";
import { recordingsPl } from "./recordings";
import { wallboardPl } from "./wallboard";

/** Every Polish message; the same keys as the English ones. */
export const plMessages = { ...commonPl, ...authPl, ...flowsPl, ...permissionsPl, ...editorPl, ...testCallPl, ...securityPl, ...phoneSystemPl, ...extensionsPl, ...queuesPl, ...promptsPl, ...voicemailPl, ...recordingsPl, ...numbersPl, ...teamPl, ...settingsPl, ...deskPl, ...wallboardPl } satisfies MessagesLike<typeof enMessages>;
