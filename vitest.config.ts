import { defineConfig } from "vitest/config";

// One runner for every package's unit and integration tests (`*.test.ts` next to the code).
// Database tests read DATABASE_URL, which `npm test` points at a fresh database.
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/.next/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    pool: "forks",
  },
});
