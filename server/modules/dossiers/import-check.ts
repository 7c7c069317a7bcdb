// The import's hot path: a hand-written check that accepts a dossier record only when the
// exchange schema (shared/sync-record.ts, zod) would accept it unchanged — same fields, types,
// literals, instants and event order, strings already trimmed. Anything else (including every
// invalid record) goes to the schema, which names each issue; the test holds the two together.
import { type DossierRecord, EVENT_TYPES } from "../../../shared/sync-record.ts";

/** z.iso.datetime({ offset: true }): a real calendar date, seconds required, Z or ±hh:mm. */
export const INSTANT =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

const EVENTS = new Set<unknown>(EVENT_TYPES);
// biome-ignore lint/suspicious/noExplicitAny: the parsed JSON, checked field by field.
type Obj = Record<string, any>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const keys = (o: Obj, n: number) => Object.keys(o).length === n;
const text = (v: unknown) => typeof v === "string" && v.length > 0 && v.trim() === v;
const instant = (v: unknown) => typeof v === "string" && INSTANT.test(v);
const bool = (v: unknown) => typeof v === "boolean";
const amount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

function event(e: unknown): boolean {
  return isObj(e) && keys(e, 2) && EVENTS.has(e.type) && instant(e.at);
}

function fee(f: unknown): boolean {
  return isObj(f) && keys(f, 2) && text(f.name) && amount(f.amount);
}

function component(c: unknown): boolean {
  return (
    isObj(c) &&
    keys(c, 3) &&
    text(c.name) &&
    (c.digitized === 0 || c.digitized === 1 || c.digitized === 2 || c.digitized === 3) &&
    bool(c.fromPersonalStore)
  );
}

/** The record as the schema would return it, or null when only the schema can tell. */
export function quickRecord(r: unknown): DossierRecord | null {
  if (!isObj(r) || !keys(r, 19)) return null;
  if (!text(r.code) || !text(r.procedure) || !text(r.agency)) return null;
  if (r.channel !== 1 && r.channel !== 2 && r.channel !== 3) return null;
  if (!instant(r.submittedAt)) return null;
  if (r.receivedAt !== null && !instant(r.receivedAt)) return null;
  if (r.dueAt !== null && !instant(r.dueAt)) return null;
  if (!Number.isInteger(r.status) || r.status < 1 || r.status > 10) return null;
  if (!Array.isArray(r.events)) return null;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of r.events) {
    if (!event(e)) return null;
    const at = Date.parse(e.at);
    if (at < last) return null;
    last = at;
  }
  if (r.paidOnline !== 0 && r.paidOnline !== 1 && r.paidOnline !== 2) return null;
  if (!Array.isArray(r.fees) || !r.fees.every(fee)) return null;
  if (!Array.isArray(r.components) || !r.components.every(component)) return null;
  for (const k of [
    "vneidVerified",
    "populationDb",
    "resultPushedToPersonalStore",
    "syncedToPortal",
    "fullOnline",
  ])
    if (!bool(r[k])) return null;
  const res = r.result;
  if (res !== null && !(isObj(res) && keys(res, 2) && text(res.code) && text(res.file)))
    return null;
  const f = r.feedback;
  if (!isObj(f) || !keys(f, 2) || !bool(f.complaint)) return null;
  if (f.reaction !== null && f.reaction !== "like" && f.reaction !== "dislike") return null;
  return r as DossierRecord;
}
