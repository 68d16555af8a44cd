import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isPermission } from "../../features/auth/permissions";
import { routePermissions } from "./routePermissions";

// Every route file on disk must be in routePermissions.ts, and its code must ask withApiSession for
// exactly the permission listed there (or, for a public route, not use a session at all).
const apiRoot = import.meta.dirname;
const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function listRouteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listRouteFiles(full);
    return entry.name === "route.ts" ? [path.relative(apiRoot, path.dirname(full)).split(path.sep).join("/")] : [];
  });
}

/** The exported handlers of a route file and the source of each (function body or `= value`). */
function readExports(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const method of methods) {
    const fn = new RegExp(`export (?:async )?function ${method}\\([^)]*\\)[^{]*\\{([\\s\\S]*?)\\n\\}`).exec(source);
    const constant = new RegExp(`export const ${method} = ([^;]+);`).exec(source);
    const destructured = new RegExp(`export const \\{[^}]*\\b${method}\\b[^}]*\\} = ([^;]+);`).exec(source);
    const body = fn?.[1] ?? constant?.[1] ?? destructured?.[1];
    if (body !== undefined) found.set(method, body);
  }
  return found;
}

const files = listRouteFiles(apiRoot).sort();

describe("API route permissions", () => {
  it("lists every route file on disk, and nothing that is not there", () => {
    expect(files.length).toBeGreaterThan(40);
    expect(Object.keys(routePermissions).sort()).toEqual(files);
  });

  it.each(files)("/api/%s asks for the permission listed for each method", (route) => {
    const source = readFileSync(path.join(apiRoot, route, "route.ts"), "utf8");
    const exported = readExports(source);
    const listed = routePermissions[route] ?? {};
    expect([...exported.keys()].sort(), "the methods the file exports").toEqual(Object.keys(listed).sort());
    for (const [method, access] of Object.entries(listed)) {
      const body = exported.get(method) ?? "";
      if (typeof access === "string") {
        expect(isPermission(access), `${access} is in the permission table`).toBe(true);
        const asked = [...body.matchAll(/withApiSession\(\s*request,\s*"([^"]+)"/g)].map((match) => match[1]);
        expect(asked, `${method} /api/${route}`).toEqual([access]);
      } else {
        expect(access.public.length, `why ${method} /api/${route} is public`).toBeGreaterThan(10);
        expect(body, `public ${method} /api/${route} must not depend on a session`).not.toMatch(/withApiSession/);
      }
    }
  });
});
