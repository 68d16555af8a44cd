import type { enMessages } from "../en/enMessages";
import type { MessagesLike } from "../MessagesLike";
import { authPl } from "./auth";
import { commonPl } from "./common";
import { editorPl } from "./editor";
import { flowsPl } from "./flows";
import { permissionsPl } from "./permissions";
import { securityPl } from "./security";
import { deskPl } from "./desk";
import { testCallPl } from "./testCall";
import { wallboardPl } from "./wallboard";

/** Every Polish message; the same keys as the English ones. */
export const plMessages = { ...commonPl, ...authPl, ...flowsPl, ...permissionsPl, ...editorPl, ...testCallPl, ...securityPl, ...deskPl, ...wallboardPl } satisfies MessagesLike<typeof enMessages>;
