import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listNavEntries } from "./listNavEntries";
import { navEntries } from "./navEntries";

// The sidebar links only to pages that exist, each page asks for the permission its entry is
// shown for, and each role sees only what it may open.
const app = path.join(import.meta.dirname, "../../app");
/** The page.tsx serving `href`: in the route's folder, or in a route group inside it (`flows/(list)/page.tsx`). */
const pageFor = (href: string) => ["(app)", "(editor)"].flatMap((group) => {
  const dir = path.join(app, group, href);
  const groups = existsSync(dir) ? readdirSync(dir).filter((name) => /^\(.+\)$/.test(name)).map((name) => path.join(dir, name, "page.tsx")) : [];
  return [path.join(dir, "page.tsx"), ...groups];
}).find((file) => existsSync(file));

describe("navigation entries", () => {
  it.each(navEntries.map((entry) => [entry.id, entry] as const))("%s is shown exactly when its page exists, and the page asks for its permission", (_id, entry) => {
    const page = pageFor(entry.href);
    expect(Boolean(page), `${entry.href}: set "available" to ${Boolean(page)}`).toBe(entry.available);
    if (page) expect(readFileSync(page, "utf8")).toContain(`requirePermission("${entry.permission}")`);
  });

  it("shows each role only what it may open", () => {
    expect(listNavEntries("owner").map((entry) => entry.id)).toContain("flows");
    expect(listNavEntries("designer").map((entry) => entry.id)).toContain("flows");
    expect(listNavEntries("agent").map((entry) => entry.id)).not.toContain("flows");
    for (const entry of listNavEntries("viewer")) expect(["flows", "calls", "wallboard"]).toContain(entry.id);
  });
});
