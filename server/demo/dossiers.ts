// The demo step "dossiers": about 3,000 dossiers over the last four months across the demo
// procedures, communes and departments, stored through the real code paths so the late-dossier
// watch and the index rollups are filled: open dossiers of the demo officers' agencies through
// intake and actions (with steps, forms and two signed apologies), the rest through the import.
import { buildApp } from "../app.ts";
import type { ComposeOptions } from "../compose.ts";
import { accountabilityProjector } from "../modules/accountability/index.ts";
import { getProcedureVersion, type JsonSchema } from "../modules/catalog/index.ts";
import {
  headPosition,
  importRecords,
  type ListQuery,
  listDossiers,
  type WorkCalendar,
} from "../modules/dossiers/index.ts";
import { SYSTEM_ACTOR } from "../modules/identity/index.ts";
import { recomputeAll } from "../modules/quality-index/index.ts";
import { fixedClock } from "../platform/clock.ts";
import { loadConfig } from "../platform/config.ts";
import { createLogger } from "../platform/logger.ts";
import { buildSystem } from "../system.ts";
import { apologise } from "./dossier-apology.ts";
import { replay } from "./dossier-live.ts";
import { type DemoProcedure, type PlannedDossier, planDossiers, rng } from "./dossier-plan.ts";
import { assignCodes, toDossierRecord } from "./dossier-records.ts";
import { staff } from "./dossier-staff.ts";
import { urgentDossier } from "./dossier-urgent.ts";
import type { DemoCodes, DemoStep } from "./index.ts";
import { DEMO_COMMUNES, DEMO_PROVINCE } from "./places.ts";

const OPEN = new Set([1, 4, 5, 6]);
const CHUNK = 500;

export function dossiersStep(
  procedureCodes: (codes: DemoCodes) => string[],
  opts: ComposeOptions = {},
): DemoStep {
  return {
    name: "dossiers",
    async run(db, clock, codes, progress) {
      const now = clock.now();
      const sim = fixedClock(now);
      // The demo province, built as the server builds it, signs with the demo identities.
      const { base, modules } = buildSystem({
        db,
        clock: sim,
        log: createLogger("warn"),
        config: loadConfig(),
        demo: true,
        options: opts,
        cacheMs: 600_000,
      });
      const everywhere = [
        codes.province,
        codes.center,
        ...codes.departments,
        ...codes.communes,
        ...codes.communePolice,
      ];
      const one = { limit: 1 } as ListQuery;
      const any = await listDossiers(db, { all: false, agencies: everywhere }, one, now);
      if (any.items.length) return; // seeded already (or the demo units hold real dossiers)
      const catalogue = await loadProcedures(db, procedureCodes(codes));
      const cals = new Map<string, WorkCalendar>();
      const calendarFor = modules.dossiers.calendarFor!;
      for (const a of everywhere) cals.set(a, await calendarFor(db, a));
      const calendarOf = (a: string) => cals.get(a) ?? cals.get(codes.province)!;
      const counterOf = counters(codes);
      const plans = planDossiers({
        now,
        procedures: catalogue.procedures,
        communes: codes.communes,
        center: codes.center,
        counterOf,
        calendarOf,
        validFrom: (c) => catalogue.validFrom.get(c) ?? now,
      });
      const people = await staff(db, codes);
      const urgent = urgentPlans(catalogue, calendarOf, counterOf, now, people.officerAgencies);
      const live = [
        ...plans.filter((p) => OPEN.has(p.status) && people.officerAgencies.includes(p.agency)),
        ...urgent.map((u) => u.plan),
      ].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
      const replayed = new Set(live);
      const rest = plans.filter((p) => !replayed.has(p));
      const total = live.length + rest.length;
      const random = rng(7);
      const names = new Map<string, string>(
        // The place in an address ("xã Tân Phước 1"), not its People's Committee's name.
        DEMO_COMMUNES.map((c) => [
          `${DEMO_PROVINCE.code}.${c.suffix}`,
          `${c.kind} ${c.place}, tỉnh Đồng Tháp`,
        ]),
      );
      const ctx = {
        deps: { ...modules.dossiers, clock: sim },
        clock: sim,
        reception: people.reception,
        handler: people.handler,
        leader: people.leader,
        eForm: (c: string) => catalogue.eForms.get(c) ?? null,
        homeOf: counterOf,
        communeName: (c: string) => names.get(c) ?? "tỉnh Đồng Tháp",
        random,
      };
      const taken = new Map<PlannedDossier, string>();
      for (const p of live) {
        taken.set(p, await replay(ctx, p));
        progress("dossiers", taken.size, total);
      }
      const app = buildApp({ ...base, modules });
      const tree = await base.agencies.tree();
      for (const u of urgent.filter((x) => x.apology)) {
        const head = people.head(u.plan.agency);
        if (!head) continue;
        await apologise(app, sim, {
          code: taken.get(u.plan)!,
          receivedAt: u.plan.receivedAt!,
          dueAt: u.plan.dueAt!,
          cal: calendarOf(u.plan.agency),
          handler: people.handlerName(u.plan.agency)!,
          head,
          position: headPosition(tree.byCode.get(u.plan.agency)?.name ?? ""),
          reason:
            "Hồ sơ phải chờ kết quả xác minh của cơ quan khác nên không kịp giải quyết đúng hẹn.",
        });
      }
      sim.set(now);
      const codesOf = assignCodes(rest, [...taken.values()]);
      const deps = {
        db,
        clock: sim,
        procedures: modules.dossiers.procedures,
        tree,
        // The late-dossier watch per record; the index below, once for the whole history.
        projectors: [accountabilityProjector(modules.accountability)],
      };
      const actor = { ...SYSTEM_ACTOR, username: "demo" };
      for (let i = 0; i < rest.length; i += CHUNK) {
        const lines = rest
          .slice(i, i + CHUNK)
          .map((p, k) => JSON.stringify(toDossierRecord(p, codesOf[i + k])));
        const report = await importRecords(deps, actor, lines);
        if (report.rejected.length)
          throw new Error(`demo dossiers rejected: ${JSON.stringify(report.rejected[0])}`);
        progress("dossiers", live.length + Math.min(rest.length, i + CHUNK), total);
      }
      // The index's rollups of the imported history in one set-based pass (the same contributions
      // its projector adds one record at a time, which is most of the cost on the embedded store).
      await recomputeAll(db, { judges: modules.qualityIndex.judges });
    },
  };
}

async function loadProcedures(db: Parameters<DemoStep["run"]>[0], list: string[]) {
  const procedures: DemoProcedure[] = [];
  const validFrom = new Map<string, Date>();
  const eForms = new Map<string, JsonSchema>();
  for (const code of list) {
    const p = await getProcedureVersion(db, code);
    if (!p) continue;
    procedures.push({
      code: p.code,
      level: p.level,
      agencies: p.agencies,
      duration: p.duration,
      onlineLevel: p.onlineLevel,
      fullOnlineEligible: p.fullOnlineEligible,
      resultIsDocument: p.resultIsDocument,
      fees: p.fees.map((f) => ({ name: f.name, amount: f.amount })),
      components: p.components.map((c) => ({ name: c.name, required: c.required })),
    });
    validFrom.set(p.code, new Date(p.validFrom));
    if (p.eForm) eForms.set(p.code, p.eForm);
  }
  return { procedures, validFrom, eForms };
}

/** The one-stop unit receiving an agency's dossiers at the counter (PlanInput.counterOf). */
function counters(codes: DemoCodes): (agency: string) => string {
  const commune = new Map(codes.communePolice.map((p, i) => [p, codes.communes[i]]));
  const communes = new Set(codes.communes);
  return (a) => commune.get(a) ?? (communes.has(a) ? a : codes.center);
}

/** For each officer's agency: dossiers about to be late and already late; one of them apologised. */
function urgentPlans(
  catalogue: Awaited<ReturnType<typeof loadProcedures>>,
  calendarOf: (a: string) => WorkCalendar,
  counterOf: (a: string) => string,
  now: Date,
  agencies: string[],
) {
  const out: { plan: PlannedDossier; apology: boolean }[] = [];
  let n = 1_000_000;
  for (const agency of agencies) {
    const own = catalogue.procedures.filter(
      (p) =>
        p.agencies.includes(agency) && p.duration.unit === "working-days" && p.duration.value >= 3,
    );
    const kinds = ["soon", "late", "soon", "late"] as const;
    kinds.forEach((kind, i) => {
      const procedure = own[i % Math.max(own.length, 1)];
      if (!procedure) return;
      const plan = urgentDossier({
        n: n++,
        now,
        procedure,
        agency,
        unit: counterOf(agency),
        cal: calendarOf(agency),
        kind,
      });
      const from = catalogue.validFrom.get(procedure.code);
      if (plan && from && plan.submittedAt >= from) out.push({ plan, apology: i === 1 });
    });
  }
  return out;
}
