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
    // Every JSON answer is checked against its route's response schema (server/platform/http.ts).
    env: { MOTCUA_CHECK_RESPONSES: "1" },
  },
});
