import { defineConfig } from "vitest/config";

// Unit and database tests. Browser journeys live in e2e/ and run through scripts/test.ts.
export default defineConfig({
  test: {
    include: [
      "server/**/*.test.ts",
      "shared/**/*.test.ts",
      "cli/**/*.test.ts",
      "web/**/*.test.ts",
      "web/**/*.test.tsx",
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
