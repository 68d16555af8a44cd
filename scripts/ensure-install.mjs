import { ensureInstall } from "./lib/ensureInstall.mjs";
ensureInstall();
