import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Pages and server actions are guarded by the same permission table as the API: each signed-in
// page and each server action must call requirePermission (or be listed here with the reason).
const src = path.join(import.meta.dirname, "..");

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [path.relative(src, full).split(path.sep).join("/")];
  });
}

const files = walk(src);
const read = (file: string) => readFileSync(path.join(src, file), "utf8");

const openPages: Record<string, string> = {
  "app/(app)/page.tsx": "sends each member to the first screen their role may see",
  "app/(app)/ui-kit/page.tsx": "developers only (UI_KIT_PAGE=1); any member, through the layout's requireMember",
};
const openActions: Record<string, string> = {
  "features/auth/signInAction.ts": "signing in happens signed out",
  "features/auth/signUpAction.ts": "signing up happens signed out",
};

describe("page and action permissions", () => {
  const pages = files.filter((file) => /^app\/\((app|editor)\)\/.*page\.tsx$/.test(file) );
  const actions = files.filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && /^["']use server["'];/m.test(read(file)));

  it("finds the pages and actions", () => {
    expect(pages.length).toBeGreaterThan(3);
    expect(actions.length).toBeGreaterThan(3);
  });

  it.each(pages)("%s asks for a permission", (page) => {
    if (openPages[page]) return;
    expect(read(page)).toMatch(/requirePermission\("[a-z]+\.[a-z]+"\)/);
  });

  it.each(actions)("%s asks for a permission", (action) => {
    if (openActions[action]) return;
    expect(read(action)).toMatch(/requirePermission\("[a-z]+\.[a-z]+"\)/);
  });
});
