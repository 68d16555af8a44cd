// `npm run typecheck` (and `npm test`): the whole repository in three TypeScript programs instead of
// one per package. Packages ship TypeScript source, so checking each package on its own re-checks
// every package it imports (the web app alone pulls in most of them): thirteen programs cost about
// 2.5 times the CPU of these three. The pure packages keep their own program, without DOM or Node
// types, so a stray I/O call there is still a type error. `turbo run typecheck` still checks one
// package at a time.
import { spawnSync } from "node:child_process";
import { bin, root } from "./lib/run.mjs";

const programs = [
  { name: "pure packages (acd, engine, flow)", project: "tsconfig.pure.json" },
  { name: "runtime, worker and server packages", project: "tsconfig.services.json" },
  { name: "web app", project: "apps/web/tsconfig.json" },
];

let failed = 0;
for (const { name, project } of programs) {
  const started = Date.now();
  const result = spawnSync(bin("tsc"), ["--noEmit", "-p", project], { cwd: root, stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) console.log(`  ✔ ${name} (${seconds} s)`);
  else { failed += 1; console.log(`  ✖ ${name}: type errors above (${seconds} s)`); }
}
process.exit(failed === 0 ? 0 : 1);
