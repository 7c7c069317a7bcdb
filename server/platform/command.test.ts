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
type Action = "thing.manage" | "thing.review" | "thing.file";

function harness(
  opts: {
    signedIn?: boolean;
    allowed?: string[];
    holds?: Action[];
    failAfterAnswer?: boolean;
  } = {},
) {
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
  const ports: CommandPorts<Actor, Action, string[]> = {
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
      if (opts.holds && !opts.holds.includes(action))
        throw new AppError("identity.forbidden", "forbidden", { vi: "x", en: "x" });
      if (agency && opts.allowed && !opts.allowed.includes(agency))
        throw new AppError("identity.forbidden", "forbidden", { vi: "x", en: "x" });
      return opts.allowed ?? [];
    },
    audit: async (t, actor, at, entries) => {
      expect(t).toBe(tx);
      events.push(
        `audit ${entries.map((e) => e.action).join(" + ")} by ${actor.name} at ${at.toISOString()}`,
      );
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
  // A change open to two roles, its body a file read once authorized, two audit records, and an
  // answer read after the commit.
  command(
    {
      method: "post",
      path: "/files",
      summary: "x",
      tag: "x",
      action: ["thing.review", "thing.file"],
      takes: ["text/plain"],
      read: async (c) => {
        events.push("read body");
        return c.req.text();
      },
      response: z.object({ length: z.number() }),
    },
    async ({ body, scope }) => {
      events.push(`change with ${body} in ${scope.join(",")}`);
      return {
        answerAfterCommit: async () => {
          events.push("answer read");
          if (opts.failAfterAnswer)
            throw new AppError("thing.gone", "not_found", { vi: "x", en: "x" });
          return { length: body.length };
        },
        audit: [
          { action: "thing.filed", subjectType: "t", subjectId: "1" },
          { action: "thing.received", subjectType: "t", subjectId: "1" },
        ],
      };
    },
  );
  const send = (body: unknown) =>
    api.app.request("/things", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const file = (text: string) =>
    api.app.request("/files", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: text,
    });
  return { events, send, file };
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

  it("takes any of several actions, reads a file once authorized, writes several records, answers after the commit", async () => {
    const h = harness({ allowed: ["A"], holds: ["thing.file"] });
    const res = await h.file("hello");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ length: 5 });
    expect(h.events).toEqual([
      "authorize thing.review -",
      "authorize thing.file -",
      "read body",
      "begin",
      "change with hello in A",
      "audit thing.filed + thing.received by an at 2026-03-02T02:00:00.000Z",
      "commit",
      "answer read",
    ]);
  });

  it("refuses with the first action's refusal, before reading the file, when none is held", async () => {
    const h = harness({ holds: ["thing.manage"] });
    expect((await h.file("hello")).status).toBe(403);
    expect(h.events).toEqual(["authorize thing.review -", "authorize thing.file -"]);
  });

  it("keeps the change committed when the answer read after it fails", async () => {
    const h = harness({ holds: ["thing.file"], failAfterAnswer: true });
    expect((await h.file("hello")).status).toBe(404);
    expect(h.events.slice(-3)).toEqual([
      "audit thing.filed + thing.received by an at 2026-03-02T02:00:00.000Z",
      "commit",
      "answer read",
    ]);
  });
});
