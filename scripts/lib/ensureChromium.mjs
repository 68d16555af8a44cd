// Finds a Chromium for the end-to-end tests. Never downloads a browser build: when none is found it
// installs Debian's package (as root with apt-get), otherwise it says exactly what to install.
import { existsSync } from "node:fs";
import { hasCommand, runStep } from "./run.mjs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH points at ${configured}, which does not exist.`);
    return configured;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0 && hasCommand("apt-get")) {
    runStep("Installing Chromium from Debian's packages", "sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"]);
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install it with your system's package manager " +
      "(Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.",
  );
}
