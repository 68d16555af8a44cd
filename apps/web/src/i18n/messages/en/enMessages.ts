import { authEn } from "./auth";
import { commonEn } from "./common";
import { editorEn } from "./editor";
import { extensionsEn } from "./extensions";
import { flowsEn } from "./flows";
import { numbersEn } from "./numbers";
import { teamEn } from "./team";
import { settingsEn } from "./settings";
import { permissionsEn } from "./permissions";
import { phoneSystemEn } from "./phoneSystem";
import { promptsEn } from "./prompts";
import { queuesEn } from "./queues";
import { securityEn } from "./security";
import { deskEn } from "./desk";
import { testCallEn } from "./testCall";
import { voicemailEn } from "./voicemail";
import { recordingsEn } from "./recordings";
import { wallboardEn } from "./wallboard";

/** Every English message, by namespace (one file per area; add yours with its Polish twin). */
export const enMessages = { ...commonEn, ...authEn, ...flowsEn, ...permissionsEn, ...editorEn, ...testCallEn, ...securityEn, ...phoneSystemEn, ...extensionsEn, ...queuesEn, ...promptsEn, ...voicemailEn, ...recordingsEn, ...numbersEn, ...teamEn, ...settingsEn, ...deskEn, ...wallboardEn };
