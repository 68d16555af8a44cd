import { authEn } from "./auth";
import { commonEn } from "./common";
import { editorEn } from "./editor";
import { flowsEn } from "./flows";
import { numbersEn } from "./numbers";
import { teamEn } from "./team";
import { settingsEn } from "./settings";
import { permissionsEn } from "./permissions";
import { securityEn } from "./security";
import { testCallEn } from "./testCall";

/** Every English message, by namespace (one file per area; add yours with its Polish twin). */
export const enMessages = { ...commonEn, ...authEn, ...flowsEn, ...permissionsEn, ...editorEn, ...testCallEn, ...securityEn, ...numbersEn, ...teamEn, ...settingsEn };
