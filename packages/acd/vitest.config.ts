import { defineConfig } from "vitest/config";

// Used by Stryker only (`npm run mutate -w @centrala/acd`); `npm test` runs the root config.
// The property tests are left out here: they cover every line, so each mutant would run them
// (seconds each); mutants must be killed by a scenario that names the behaviour.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    exclude: ["src/properties/**", "**/node_modules/**"],
    pool: "forks",
  },
});
