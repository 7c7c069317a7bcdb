// One canonical shape for a version's content: built the same way from the editor's input, an
// exchange record or the demo data, so two equal procedures hash equal (idempotent imports).
import { createHash } from "node:crypto";
import type { z } from "zod";
import type { contentSchema } from "./schemas.ts";
import type { ProcedureContent } from "./types.ts";

export type ParsedContent = z.infer<typeof contentSchema>;

export function canonicalContent(code: string, c: ParsedContent): ProcedureContent {
  return {
    code,
    name: c.name,
    field: c.field,
    level: c.level,
    agencies: [...new Set(c.agencies)],
    sequence: c.sequence,
    methods: [...new Set(c.methods)],
    components: c.components.map((x) =>
      strip({
        name: x.name,
        required: x.required,
        originals: x.originals,
        copies: x.copies,
        form: x.form,
        replacedByPopulationData: x.replacedByPopulationData || undefined,
      }),
    ),
    sets: c.sets,
    duration: { value: c.duration.value, unit: c.duration.unit },
    applicantTypes: [...new Set(c.applicantTypes)],
    fees: c.fees.map((f) => ({ name: f.name, amount: f.amount })),
    onlineLevel: c.onlineLevel,
    fullOnlineEligible: c.fullOnlineEligible,
    resultIsDocument: c.resultIsDocument,
    // Only when set: earlier versions keep their content hash.
    ...(c.pauseWhileFeesDue ? { pauseWhileFeesDue: true } : {}),
    result: c.result,
    legalBasis: c.legalBasis,
    ...(c.requirements ? { requirements: c.requirements } : {}),
    ...(c.announcement
      ? { announcement: { number: c.announcement.number, date: c.announcement.date } }
      : {}),
    forms: c.forms.map((f) => strip({ name: f.name, code: f.code, url: f.url })),
    eForm: c.eForm as ProcedureContent["eForm"],
    steps: c.steps.map((s) =>
      strip({ name: s.name, role: s.role, agency: s.agency, hours: s.hours }),
    ),
    announcedAt: c.announcedAt,
    legalBasisEffectiveAt: c.legalBasisEffectiveAt,
    publishedAt: c.publishedAt,
  };
}

/** sha256 of the content as JSON with sorted keys. */
export function contentHash(c: ProcedureContent): string {
  return createHash("sha256").update(stableJson(c)).digest("hex");
}

export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v);
}

function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
