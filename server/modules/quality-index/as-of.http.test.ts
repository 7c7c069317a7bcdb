// GET /api/index with `asOf`: a dossier received at the counter in March and acknowledged by the
// national portal in April counts as synchronised (1.4) in March's index only as of April.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markSyncedToPortal } from "../dossiers/index.ts";
import { type IndexTestApp, indexTestApp, intake, province } from "./test-app.ts";
import { vn } from "./test-fixtures.ts";

let t: IndexTestApp;
let p: Awaited<ReturnType<typeof province>>;
beforeAll(async () => {
  t = await indexTestApp(vn("2026-03-02 09:00"));
  p = await province(t);
});
afterAll(() => t?.close());

// The province's index is public (no session to outlive the clock's jumps).
// biome-ignore lint/suspicious/noExplicitAny: the response is checked field by field.
async function index(query: string): Promise<{ status: number; body: any }> {
  const r = await t.api.request(
    `/api/index?unit=${p.codes.province}&from=2026-03-01&to=2026-03-31${query}&lang=en`,
  );
  return { status: r.status, body: await r.json() };
}
const sync = (b: { indicators: { id: string }[] }) => b.indicators.find((i) => i.id === "1.4");

describe("GET /api/index?asOf=", () => {
  it("gives March's figures as they stood at that instant, and at the end of March by default", async () => {
    const d = (await intake(p.reception, p.codes.communeA, p.proc.code)).dossier;
    t.clock.set(vn("2026-03-20 10:00"));
    expect(sync((await index("")).body)).toMatchObject({ numerator: 0, denominator: 1 });

    t.clock.set(vn("2026-04-10 10:00"));
    const at = t.clock.now();
    const synced = await t.db.transaction((tx) =>
      markSyncedToPortal(tx, t.deps.projectors ?? [], [d.code], at),
    );
    expect(synced).toEqual([d.code]);
    t.clock.set(vn("2026-12-05 09:00"));

    // March is over: read as it stood at its end, in December as in April.
    expect(sync((await index("")).body)).toMatchObject({ numerator: 0, denominator: 1 });
    const before = encodeURIComponent("2026-04-10T09:59:00+07:00");
    expect(sync((await index(`&asOf=${before}`)).body)).toMatchObject({
      numerator: 0,
      denominator: 1,
    });
    const after = encodeURIComponent("2026-04-10T10:00:00+07:00");
    expect(sync((await index(`&asOf=${after}`)).body)).toMatchObject({
      numerator: 1,
      denominator: 1,
    });
    // Before the dossier was received, March had nothing.
    const early = encodeURIComponent("2026-03-01T12:00:00+07:00");
    expect(sync((await index(`&asOf=${early}`)).body)).toMatchObject({
      numerator: 0,
      denominator: 0,
    });
    // A bare local time is ambiguous: refused.
    expect((await index("&asOf=2026-04-10T10:00:00")).status).toBe(400);
  });
});
