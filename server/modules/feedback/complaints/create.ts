// Creates a complaint with its code, secret and the due moments counted from receipt.
import type { Sql } from "../../../platform/db.ts";
import type { FeedbackContext } from "../deps.ts";
import { randomCode, sha256 } from "../secrets.ts";
import { receiptDues } from "./limits.ts";
import { insertComplaint, setStepDue } from "./store.ts";
import type { Complainant, ComplaintClass } from "./types.ts";

export interface NewComplaint {
  dossierCode: string | null;
  agencyCode: string | null;
  class: ComplaintClass;
  title: string | null;
  content: string;
  complainant: Complainant;
  parentCode?: string | null;
}

function vnDay(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(2, 10).replaceAll("-", "");
}

/** Returns the complaint's code and its look-up secret (shown once; only its hash is kept). */
export async function createComplaint(
  ctx: FeedbackContext,
  tx: Sql,
  n: NewComplaint,
  now: Date,
): Promise<{ code: string; secret: string }> {
  const code = `PAKN-${vnDay(now)}-${randomCode(6)}`;
  const secret = randomCode(10);
  const id = await insertComplaint(tx, {
    code,
    secretHash: sha256(secret),
    dossierCode: n.dossierCode,
    agencyCode: n.agencyCode,
    class: n.class,
    classifiedAt: null,
    state: "received",
    title: n.title,
    content: n.content,
    complainant: n.complainant,
    receivedAt: now,
    refuseReason: null,
    infoRequests: [],
    answer: null,
    publicQuestion: null,
    complainantReaction: null,
    likes: 0,
    dislikes: 0,
    raisedAgainUnsatisfied: false,
    parentCode: n.parentCode ?? null,
    updatedAt: now,
  });
  const dues = receiptDues(now, await ctx.calendarFor(tx, n.agencyCode), ctx.options.limits);
  for (const [step, due] of Object.entries(dues))
    await setStepDue(tx, id, step as keyof typeof dues, due);
  return { code, secret };
}
