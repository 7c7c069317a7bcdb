// To and from the exchange record (shared/sync-record.ts, procedures.jsonl). The record may carry
// the published parts (cách thức, number of sets, requirements, legal basis, form names, the
// announcing decision) but never trình tự, the e-form or step agencies: importing keeps what the
// record does not carry from the version already stored, if any.
import { z } from "zod";
import type { ProcedureRecord } from "../../../shared/sync-record.ts";
import { type ProcedureInput, parseContent } from "./actions/edit.ts";
import { contentSchema } from "./schemas.ts";
import type { ProcedureContent } from "./types.ts";

/** A record may name no agency yet (the seven-parts check reports it). */
const recordContent = contentSchema.extend({
  agencies: z.array(z.string().trim().min(1)).max(200),
});

export function procedureToRecord(p: ProcedureContent): ProcedureRecord {
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    agencies: [...p.agencies],
    level: p.level,
    duration: { value: p.duration.value, unit: p.duration.unit },
    onlineLevel: p.onlineLevel,
    fullOnlineEligible: p.fullOnlineEligible,
    fees: p.fees.map((f) => ({ name: f.name, amount: f.amount })),
    resultIsDocument: p.resultIsDocument,
    applicantTypes: [...p.applicantTypes],
    components: p.components.map((c) => ({ name: c.name, required: c.required })),
    steps: p.steps.map((s) => ({ name: s.name, role: s.role, hours: s.hours })),
    announcedAt: p.announcedAt,
    legalBasisEffectiveAt: p.legalBasisEffectiveAt,
    publishedAt: p.publishedAt,
    ...(p.methods.length ? { method: [...p.methods] } : {}),
    ...(p.sets !== null ? { sets: p.sets } : {}),
    ...(p.requirements?.length ? { requirements: [...p.requirements] } : {}),
    ...(p.legalBasis.length ? { legalBasis: [...p.legalBasis] } : {}),
    ...(p.forms.length ? { forms: p.forms.map((f) => f.name) } : {}),
    ...(p.announcement ? { announcement: { ...p.announcement } } : {}),
  };
}

/**
 * The content a record describes. `base` (the stored version) supplies what the record cannot
 * carry, so importing the same record twice gives the same content. Throws catalog.invalid
 * naming the field (e.g. an unknown role in steps.2.role).
 */
export function procedureFromRecord(
  r: ProcedureRecord,
  base?: ProcedureContent | null,
): ProcedureContent {
  const byName = <T extends { name: string }>(list: T[] | undefined, name: string) =>
    list?.find((x) => x.name === name);
  const input: ProcedureInput = {
    code: r.code,
    name: r.name,
    field: r.field,
    level: r.level,
    agencies: r.agencies,
    sequence: base?.sequence ?? [],
    methods: r.method ?? base?.methods ?? [],
    components: r.components.map((c) => ({
      ...byName(base?.components, c.name),
      name: c.name,
      required: c.required,
    })),
    sets: r.sets ?? base?.sets ?? null,
    duration: r.duration,
    applicantTypes: r.applicantTypes,
    fees: r.fees,
    onlineLevel: r.onlineLevel,
    fullOnlineEligible: r.fullOnlineEligible,
    resultIsDocument: r.resultIsDocument,
    // Not in the exchange record: the province's own rule stays as it was.
    ...(base?.pauseWhileFeesDue ? { pauseWhileFeesDue: true } : {}),
    result: base?.result ?? null,
    legalBasis: r.legalBasis ?? base?.legalBasis ?? [],
    forms: r.forms
      ? r.forms.map((name) => ({ ...byName(base?.forms, name), name }))
      : (base?.forms ?? []),
    ...optional("requirements", r.requirements ?? base?.requirements),
    ...optional("announcement", r.announcement ?? base?.announcement),
    eForm: base?.eForm ?? null,
    steps: r.steps.map((s) => {
      const agency = byName(base?.steps, s.name)?.agency;
      return { name: s.name, role: s.role as never, hours: s.hours, ...(agency ? { agency } : {}) };
    }),
    announcedAt: r.announcedAt,
    legalBasisEffectiveAt: r.legalBasisEffectiveAt,
    publishedAt: r.publishedAt,
  };
  return parseContent(input, recordContent);
}

/** An optional part only when it has a value (absent parts keep a stored version's hash). */
const optional = <K extends string, V>(k: K, v: V | undefined) =>
  (v === undefined ? {} : { [k]: v }) as Partial<Record<K, V>>;
