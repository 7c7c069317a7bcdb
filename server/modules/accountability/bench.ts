// Benchmark of the warning sweep (wired into `npm run bench` by scripts/bench.ts): N open
// dossiers' warning moments (3 per dossier), a share of them due, then one sweep, timed.
import type { Db } from "../../platform/db.ts";
import { sweep } from "./sweep.ts";

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

export async function benchSweep(
  db: Db,
  opts: { dossiers?: number; dueShare?: number } = {},
): Promise<BenchFigure[]> {
  const n = opts.dossiers ?? 1_000_000;
  const due = Math.round(n * (opts.dueShare ?? 0.01));
  const tag = `BENCH-${Date.now()}`;
  const now = new Date("2026-03-04T03:00:00Z");
  const t0 = performance.now();
  // Moments 1..n: the first `due` have come (1 working day before), the rest are days ahead.
  await db.query(
    `INSERT INTO late_warnings (dossier_id, dossier_code, target, threshold, severity, warn_at, due_at,
       step_name, officer_role, officer_agency, leader_agency)
     SELECT gen_random_uuid(), $1 || '-' || i, 'dossier', th.id, th.sev,
            CASE WHEN i <= $3 AND th.id = '1wd' THEN $2::timestamptz - interval '1 minute'
                 ELSE $2::timestamptz + (i % 5000 + 1) * interval '1 minute' + th.sev * interval '1 day' END,
            $2::timestamptz + interval '10 days', 'Thẩm định', 'handler', 'BENCH', 'BENCH'
       FROM generate_series(1, $4::int) AS i,
            (VALUES ('1wd', 0), ('4wh', 1), ('late', 2)) AS th(id, sev)`,
    [tag, now, due, n],
  );
  // A live table has statistics (autovacuum); the freshly filled one gets them here.
  await db.query("ANALYZE late_warnings");
  const fill = performance.now() - t0;
  const t1 = performance.now();
  const r = await db.transaction((tx) => sweep(tx, now));
  const ms = performance.now() - t1;
  await db.query("DELETE FROM notifications WHERE dossier_code LIKE $1", [`${tag}-%`]);
  await db.query("DELETE FROM late_warnings WHERE dossier_code LIKE $1", [`${tag}-%`]);
  return [
    {
      name: `sweep of ${n} open dossiers (${3 * n} moments, ${r.moments} due)`,
      value: Math.round(ms),
      unit: "ms",
    },
    { name: "notifications sent by that sweep", value: r.notifications, unit: "notifications" },
    { name: "generating the moments (setup, not the goal)", value: Math.round(fill), unit: "ms" },
  ];
}
