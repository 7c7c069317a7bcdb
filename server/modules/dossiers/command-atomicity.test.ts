// A counter intake and a dossier action are commands: the change and its audit records commit
// together or not at all. A failure after the change was written (the audit log refusing, a
// projector throwing) leaves no dossier, event, step, code or audit record behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Commands } from "../identity/index.ts";
import { act, type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
});
afterAll(() => t.close());

/** Runs `fn` while the audit log refuses every write; the change before it is already written. */
async function whileAuditFails<T>(fn: () => Promise<T>): Promise<T> {
  const ports = t.deps.commands as Commands;
  const audit = ports.audit;
  ports.audit = async () => {
    throw new Error("the audit log refuses the write");
  };
  try {
    return await fn();
  } finally {
    ports.audit = audit;
  }
}

/** Runs `fn` while a projector throws (the dossier's row and events are written before it). */
async function whileProjectorFails<T>(fn: () => Promise<T>): Promise<T> {
  const projectors = t.deps.projectors!;
  const failing = async () => {
    throw new Error("the quality index refuses the change");
  };
  projectors.push(failing);
  try {
    return await fn();
  } finally {
    projectors.splice(projectors.indexOf(failing), 1);
  }
}

const count = async (sql: string, params: unknown[] = []) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0].n;

async function footprint(applicant: string) {
  return {
    dossiers: await count("dossiers WHERE applicant->>'name' = $1", [applicant]),
    events: await count(
      "dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.applicant->>'name' = $1",
      [applicant],
    ),
    audit: await count("audit_log WHERE action LIKE 'dossier.%'"),
    counters: await t.db.query("SELECT unit_code, day, last FROM dossier_counters ORDER BY 1, 2"),
  };
}

describe("a counter intake", () => {
  it("leaves nothing written when the audit log or a projector fails, and writes both records when it succeeds", async () => {
    const s = await scenario(t);
    const applicant = { name: "Lê Văn Nguyên Vẹn", idNumber: "079123456780", phone: "0901234560" };
    const before = await footprint(applicant.name);
    for (const failing of [whileAuditFails, whileProjectorFails]) {
      const failed = await failing(() =>
        intake(s.reception, s.codes.communeA, s.proc.code, { applicant }),
      );
      expect(failed.status).toBe(500);
      // No dossier, no event, no audit record, and the unit's code counter not moved on.
      expect(await footprint(applicant.name)).toEqual(before);
    }

    const ok = await intake(s.reception, s.codes.communeA, s.proc.code, { applicant });
    expect(ok.status).toBe(200);
    const code = ok.body.dossier.code as string;
    expect(code).toMatch(/-0001$/);
    const audit = await t.db.query<{ action: string; actor_id: string }>(
      "SELECT action, actor_id FROM audit_log WHERE subject_id = $1 ORDER BY seq",
      [code],
    );
    expect(audit.rows).toEqual([
      { action: "dossier.submitted", actor_id: s.reception.user.id },
      { action: "dossier.received", actor_id: s.reception.user.id },
    ]);
  });
});

describe("a dossier action", () => {
  it("leaves the dossier as it was when the audit log or a projector fails", async () => {
    const s = await scenario(t);
    const submitted = await intake(s.reception, s.codes.communeA, s.proc.code, {
      decision: undefined,
    });
    expect(submitted.status).toBe(200);
    const code = submitted.body.dossier.code as string;
    const state = async () => ({
      dossier: (
        await t.db.query("SELECT version, state, event_seq FROM dossiers WHERE code = $1", [code])
      ).rows,
      events: await count(
        "dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = $1",
        [code],
      ),
      steps: await count(
        "dossier_steps s JOIN dossiers d ON d.id = s.dossier_id WHERE d.code = $1",
        [code],
      ),
      audit: await count("audit_log WHERE subject_id = $1", [code]),
    });
    const before = await state();
    expect(before.dossier).toEqual([{ version: 1, state: "submitted", event_seq: 1 }]);
    for (const failing of [whileAuditFails, whileProjectorFails]) {
      const failed = await failing(() => act(s.reception, code, "receive", { version: 1 }));
      expect(failed.status).toBe(500);
      expect(await state()).toEqual(before);
    }

    const ok = await act(s.reception, code, "receive", { version: 1 });
    expect(ok.status).toBe(200);
    const after = await state();
    expect(after.dossier).toEqual([
      { version: 2, state: "handling", event_seq: expect.any(Number) },
    ]);
    expect(after.audit).toBe(before.audit + 1);
  });
});
