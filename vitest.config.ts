import { defineConfig } from "vitest/config";

// One runner for every package's unit and integration tests (`*.test.ts` next to the code).
// Database tests read DATABASE_URL, which `npm test` points at a fresh database.
//
// Most files wait on sockets, timers and PostgreSQL far more than they compute, so three run at a
// time even on two cores. The call-centre scenarios run one file at a time beside them: each starts
// a dispatcher that leads for every organisation in the database (one advisory lock), so two of
// those worlds at once would answer for each other's callers.
const callCentreScenarios = ["apps/runtime/src/acd/callCentre.test.ts", "apps/runtime/src/acd/twoInstances.test.ts", "apps/runtime/src/calls/transfers.test.ts"];
const shared = {
  exclude: ["**/node_modules/**", "**/.next/**"],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: "forks" as const,
};

export default defineConfig({
  test: {
    maxWorkers: 3,
    projects: [
      {
        test: {
          ...shared,
          name: "parallel",
          include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: [...shared.exclude, ...callCentreScenarios],
        },
      },
      { test: { ...shared, name: "call-centre", include: callCentreScenarios, fileParallelism: false } },
    ],
  },
});
