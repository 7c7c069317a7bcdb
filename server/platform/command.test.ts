// The command helper's order: signed in → authorized → one transaction holding the change and its
// audit record → after-commit jobs, only once committed.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fixedClock } from "./clock.ts";
import { type CommandPorts, commandsOn } from "./command.ts";
import type { Db, Sql } from "./db.ts";
import { AppError } from "./errors.ts";
import { Api } from "./http.ts";
import { createLogger } from "./logger.ts";

type Actor = { name: string };

function harness(opts: { signedIn?: boolean; allowed?: string[] } = {}) {
  const events: string[] = [];
  const tx = { query: async () => ({ rows: [], rowCount: 0 }) } as unknown as Sql;
  const db = {
    transaction: async <T>(fn: (tx: Sql) => Promise<T>) => {
      events.push("begin");
      try {
        const out = await fn(tx);
        events.push("commit");
        return out;
      } catch (e) {
        events.push("rollback");
        throw e;
      }
    },
  } as unknown as Db;
  const ports: CommandPorts<Actor, "thing.manage", string[]> = {
    db,
    clock: fixedClock("2026-03-02T02:00:00Z"),
    log: createLogger("silent"),
    signedIn: () => {
      if (opts.signedIn === false)
        throw new AppError("identity.unauthenticated", "unauthenticated", { vi: "x", en: "x" });
      return { name: "an" };
    },
    authorize: async (_actor, action, agency) => {
      events.push(`authorize ${action} ${agency ?? "-"}`);
      if (agency && opts.allowed && !opts.allowed.includes(agency))
        throw new AppError("identity.forbidden", "forbidden", { vi: "x", en: "x" });
      return opts.allowed ?? [];
    },
    audit: async (t, actor, at, entry) => {
      expect(t).toBe(tx);
      events.push(`audit ${entry.action} by ${actor.name} at ${at.toISOString()}`);
    },
  };
  const api = new Api({ signedIn: ports.signedIn });
  api.app.onError((e, c) => c.json({ code: (e as AppError).code }, (e as AppError).status as 400));
  const command = commandsOn(api, ports);
  command(
    {
      method: "post",
      path: "/things",
      summary: "x",
      tag: "x",
      action: "thing.manage",
      agency: ({ body }) => body.agencies,
      body: z.strictObject({ agencies: z.array(z.string()), fail: z.boolean() }),
      response: z.object({ made: z.number() }),
    },
    async ({ body, now, scope, afterCommit }) => {
      events.push(`change at ${now.toISOString()} in ${scope.join(",")}`);
      afterCommit(() => events.push("after commit"));
      if (body.fail) throw new AppError("thing.refused", "conflict", { vi: "x", en: "x" });
      return {
        answer: { made: 1 },
        audit: { action: "thing.made", subjectType: "t", subjectId: "1" },
      };
    },
  );
  const send = (body: unknown) =>
    api.app.request("/things", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  return { events, send };
}

describe("a command", () => {
  it("checks every agency, then commits the change with its audit record, then runs its jobs", async () => {
    const h = harness({ allowed: ["A", "B"] });
    const res = await h.send({ agencies: ["A", "B"], fail: false });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ made: 1 });
    expect(h.events).toEqual([
      "authorize thing.manage A",
      "authorize thing.manage B",
      "begin",
      "change at 2026-03-02T02:00:00.000Z in A,B",
      "audit thing.made by an at 2026-03-02T02:00:00.000Z",
      "commit",
      "after commit",
    ]);
  });

  it("runs no job and writes no audit record when the change is refused", async () => {
    const h = harness();
    expect((await h.send({ agencies: [], fail: true })).status).toBe(409);
    expect(h.events).toEqual([
      "authorize thing.manage -",
      "begin",
      "change at 2026-03-02T02:00:00.000Z in ",
      "rollback",
    ]);
  });

  it("opens no transaction outside the actor's scope", async () => {
    const h = harness({ allowed: ["A"] });
    expect((await h.send({ agencies: ["A", "C"], fail: false })).status).toBe(403);
    expect(h.events).toEqual(["authorize thing.manage A", "authorize thing.manage C"]);
  });

  it("answers 401 before reading the body when no one is signed in", async () => {
    const h = harness({ signedIn: false });
    const res = await h.send({ unknown: true });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: "identity.unauthenticated" });
    expect(h.events).toEqual([]);
  });
});
