import type { enMessages } from "../en/enMessages";
import type { MessagesLike } from "../MessagesLike";
import { authPl } from "./auth";
import { commonPl } from "./common";
import { editorPl } from "./editor";
import { flowsPl } from "./flows";
import { numbersPl } from "./numbers";
import { teamPl } from "./team";
import { settingsPl } from "./settings";
import { permissionsPl } from "./permissions";
import { securityPl } from "./security";
import { testCallPl } from "./testCall";

/** Every Polish message; the same keys as the English ones. */
export const plMessages = { ...commonPl, ...authPl, ...flowsPl, ...permissionsPl, ...editorPl, ...testCallPl, ...securityPl, ...numbersPl, ...teamPl, ...settingsPl } satisfies MessagesLike<typeof enMessages>;
