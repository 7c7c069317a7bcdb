import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierRecord } from "../../../shared/sync-record.ts";
import { act, type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
});
afterAll(() => t.close());

describe("exchange and projectors", () => {
  it("runs projectors inside the change's transaction with the records before and after", async () => {
    const s = await scenario(t);
    const seen: [DossierRecord | null, DossierRecord][] = [];
    t.deps.projectors!.push(async (tx, before, after) => {
      const row = await tx.query<{ status: number }>(
        "SELECT status FROM dossiers WHERE code = $1",
        [after.code],
      );
      expect(row.rows[0].status).toBe(after.status); // sees the uncommitted projection
      seen.push([before, after]);
    });
    try {
      const r = await intake(s.reception, s.codes.communeA, s.proc.code);
      await act(s.handler, r.body.dossier.code, "request-supplement", {
        version: 2,
        items: ["A"],
        reason: "Thiếu A",
      });
    } finally {
      t.deps.projectors!.pop();
    }
    // Counter intake received at once: the projectors see the dossier appear received (one
    // transaction, one projection), then each later change.
    expect(seen.map(([b, a]) => [b?.status ?? null, a.status])).toEqual([
      [null, 4],
      [4, 5],
    ]);
    expect(seen[1][1].events.map((e) => e.type)).toEqual(["received", "supplement-requested"]);
  });

  it("takes the national portal's records as a JSON array and serves the records changed since a moment", async () => {
    const s = await scenario(t);
    const officer = await s.as("control_officer", s.codes.province);
    const rec = (n: number, over: Partial<DossierRecord> = {}) => ({
      code: `${s.codes.communeA}-260302-${String(n).padStart(4, "0")}`,
      procedure: s.proc.code,
      agency: s.codes.communeA,
      channel: 2,
      submittedAt: "2026-03-02T08:10:00+07:00",
      receivedAt: null,
      dueAt: null,
      status: 1,
      events: [],
      paidOnline: 0,
      fees: [],
      components: [{ name: "Tờ khai đăng ký khai sinh", digitized: 1, fromPersonalStore: true }],
      vneidVerified: true,
      populationDb: true,
      result: null,
      resultPushedToPersonalStore: false,
      syncedToPortal: true,
      fullOnline: true,
      feedback: { complaint: false, reaction: null },
      ...over,
    });
    const res = await officer.call("/api/exchange/dossiers", {
      method: "POST",
      body: JSON.stringify([rec(101), rec(102, { agency: "Z00.1" })]),
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(422);
    const report = (await res.json()) as {
      created: number;
      rejected: { line: number; issues: { field: string }[] }[];
    };
    expect(report.created).toBe(1);
    expect(report.rejected).toMatchObject([{ line: 2, issues: [{ field: "agency" }] }]);
    const since = await officer.call(
      "/api/exchange/dossiers?since=2026-03-01T00:00:00%2B07:00&limit=5000",
    );
    const body = (await since.json()) as { records: DossierRecord[] };
    expect(body.records.find((r) => r.code === rec(101).code)).toEqual(rec(101));
    // An inbound online dossier is received like any other.
    const r = await act(s.reception, rec(101).code, "receive", {
      version: 1,
      components: [
        { name: "Tờ khai đăng ký khai sinh", digitized: 1 },
        { name: "Giấy chứng sinh", fromPersonalStore: true },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.body.dossier.status).toBe(4);
  });
});
