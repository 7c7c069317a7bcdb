// Open dossiers of the demo officers' agencies go through the real intake and actions, each at
// its own moment on a simulated clock, so they carry their steps, hand-overs, pauses, forms and
// events exactly as if the officers had worked them.

import type { JsonSchema } from "../modules/catalog/index.ts";
import { createDossier, type DossierDeps, runAction } from "../modules/dossiers/index.ts";
import { type Actor, PUBLIC_ACTOR } from "../modules/identity/index.ts";
import { applicant, formData } from "./dossier-people.ts";
import type { PlannedDossier } from "./dossier-plan.ts";

export interface LiveContext {
  deps: DossierDeps;
  clock: { set(d: Date): void };
  /** The reception officer of a unit, and the handling officer of an agency. */
  reception(unit: string): Actor;
  handler(agency: string): Actor;
  /** Approves and sends a second supplement request (Decree 118/2025/NĐ-CP Art. 17). */
  leader(agency: string): Actor;
  eForm(code: string): JsonSchema | null;
  /** Where the applicant lives: the commune whose counter receives the agency's dossiers. */
  homeOf(agency: string): string;
  communeName(code: string): string;
  random: () => number;
}

const SUPPLEMENT_ITEMS = [
  "Bản sao giấy tờ chứng minh nơi cư trú",
  "Bản vẽ sơ đồ thửa đất có xác nhận",
  "Văn bản ủy quyền có chứng thực",
];

type Step = { at: Date; run: (version: number) => Promise<number> };

/** Creates the dossier and replays its history; returns its code. */
export async function replay(ctx: LiveContext, p: PlannedDossier): Promise<string> {
  const r = ctx.random;
  const commune = ctx.homeOf(p.agency);
  const who = applicant(r, commune, ctx.communeName(commune));
  const handler = ctx.handler(p.agency);
  const assignee = handler.userId ? { id: handler.userId } : undefined;
  ctx.clock.set(p.submittedAt);
  const counter = p.channel === 1 && p.receivedAt !== null;
  const created = await createDossier(
    ctx.deps,
    p.channel === 2 ? PUBLIC_ACTOR : ctx.reception(p.unit),
    {
      procedure: p.procedure.code,
      agency: p.agency,
      receivingUnit: p.unit,
      channel: p.channel,
      applicant: who,
      components: p.components.map((c) => ({
        ...c,
        // Online, a file exists only once uploaded: the demo's online dossiers carry no scans.
        files: c.digitized === 1 && p.channel !== 2 ? [scan(p.n, c.name)] : [],
      })),
      formData: formData(r, ctx.eForm(p.procedure.code), who),
      vneidVerified: p.vneidVerified,
      populationDb: p.populationDb,
      ...(counter ? { decision: { action: "receive", ...(assignee ? { assignee } : {}) } } : {}),
    },
  );
  const code = created.dossier.code;
  const act = (actor: Actor, action: Parameters<typeof runAction>[3], body: object) => {
    return async (version: number) =>
      (await runAction(ctx.deps, actor, code, action, { version, ...body })).dossier.version;
  };
  const steps: Step[] = [];
  if (p.receivedAt && !counter)
    steps.push({
      at: p.receivedAt,
      run: act(ctx.reception(p.unit), "receive", assignee ? { assignee } : {}),
    });
  let requests = 0;
  for (const e of p.events) {
    if (e.type === "supplement-requested") {
      requests++;
      steps.push({
        at: e.at,
        run: act(requests > 1 ? ctx.leader(p.agency) : handler, "request-supplement", {
          items: [SUPPLEMENT_ITEMS[(p.n + requests) % SUPPLEMENT_ITEMS.length]],
          reason: "Hồ sơ cần bổ sung giấy tờ để đủ căn cứ giải quyết",
          ...(requests > 1
            ? {
                confirmSecondRequest: true,
                repeatReason:
                  "Giấy tờ bổ sung lần trước cho thấy cần thêm căn cứ chưa thể biết khi yêu cầu lần đầu",
              }
            : {}),
        }),
      });
    }
    if (e.type === "supplement-completed")
      steps.push({ at: e.at, run: act(ctx.reception(p.unit), "complete-supplement", {}) });
    if (e.type === "payment-requested")
      steps.push({
        at: e.at,
        run: act(handler, "request-payment", { fees: p.procedure.fees.filter((f) => f.amount) }),
      });
  }
  if (
    p.paymentConfirmedAt &&
    p.status !== 6 &&
    p.events.some((e) => e.type === "payment-requested")
  )
    steps.push({
      at: p.paymentConfirmedAt,
      run: act(ctx.reception(p.unit), "confirm-payment", { paidOnline: p.paidOnline }),
    });
  if (p.forwardedAt)
    steps.push({
      at: p.forwardedAt,
      run: act(handler, "forward", { note: "Hồ sơ hợp lệ, trình lãnh đạo phê duyệt." }),
    });
  steps.sort((a, b) => a.at.getTime() - b.at.getTime());
  let version = created.dossier.version;
  for (const s of steps) {
    ctx.clock.set(s.at);
    version = await s.run(version);
  }
  return code;
}

/** A stable stand-in sha256 for a scanned component. */
function scan(n: number, name: string): string {
  let h = 2166136261 ^ n;
  let out = "";
  for (let i = 0; out.length < 64; i++) {
    h = Math.imul(h ^ name.charCodeAt(i % name.length), 16777619) >>> 0;
    out += h.toString(16).padStart(8, "0");
  }
  return out.slice(0, 64);
}
