// The editor's working copy of a procedure version, and its conversion to the API's body.

import type { DurationUnit, Procedure, ProcedureLevel } from "../../../api/catalog.ts";
import type { ProcedureContent, StepRole } from "../../../api/catalog-edit.ts";

export interface StepDraft {
  key: number;
  name: string;
  role: StepRole;
  agency: string;
  hours: string;
}
export interface ComponentDraft {
  key: number;
  name: string;
  required: boolean;
  originals: string;
  copies: string;
  /** Not asked for when the data comes from the national population database. */
  replacedByPopulationData?: boolean;
}
export interface FeeDraft {
  key: number;
  name: string;
  amount: string;
}

export interface Draft {
  code: string;
  name: string;
  field: string;
  level: ProcedureLevel;
  agencies: string[];
  sequence: string;
  methods: string[];
  components: ComponentDraft[];
  sets: string;
  durationValue: string;
  durationUnit: DurationUnit;
  applicantTypes: string[];
  fees: FeeDraft[];
  onlineLevel: "full" | "partial" | "none";
  fullOnlineEligible: boolean;
  resultIsDocument: boolean;
  pauseWhileFeesDue: boolean;
  result: string;
  legalBasis: string;
  steps: StepDraft[];
  note: string;
  /** Parts the editor does not change, sent back as they were. */
  keep: Pick<Procedure, "forms" | "eForm"> & {
    announcedAt?: string | null;
    legalBasisEffectiveAt?: string | null;
    publishedAt?: string | null;
  };
}

let seq = 1;
export const nextKey = () => seq++;

export function emptyDraft(): Draft {
  return {
    code: "",
    name: "",
    field: "",
    level: "commune",
    agencies: [],
    sequence: "",
    methods: ["counter"],
    components: [],
    sets: "1",
    durationValue: "",
    durationUnit: "working-days",
    applicantTypes: ["citizen"],
    fees: [],
    onlineLevel: "none",
    fullOnlineEligible: false,
    resultIsDocument: true,
    pauseWhileFeesDue: false,
    result: "",
    legalBasis: "",
    steps: [],
    note: "",
    keep: { forms: [], eForm: null },
  };
}

export function toDraft(p: Procedure & Record<string, unknown>): Draft {
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    level: p.level,
    agencies: p.agencies,
    sequence: p.sequence.join("\n"),
    methods: p.methods,
    components: p.components.map((c) => ({
      key: nextKey(),
      name: c.name,
      required: c.required,
      originals: c.originals == null ? "" : String(c.originals),
      copies: c.copies == null ? "" : String(c.copies),
      replacedByPopulationData: !!c.replacedByPopulationData,
    })),
    sets: p.sets == null ? "" : String(p.sets),
    durationValue: String(p.duration.value),
    durationUnit: p.duration.unit,
    applicantTypes: p.applicantTypes,
    fees: p.fees.map((f) => ({ key: nextKey(), name: f.name, amount: String(f.amount) })),
    onlineLevel: p.onlineLevel,
    fullOnlineEligible: p.fullOnlineEligible,
    resultIsDocument: p.resultIsDocument,
    pauseWhileFeesDue: p.pauseWhileFeesDue === true,
    result: p.result ?? "",
    legalBasis: p.legalBasis.join("\n"),
    steps: p.steps.map((s) => ({
      key: nextKey(),
      name: s.name,
      // The server keeps a step's role among the identity module's roles.
      role: s.role as StepRole,
      agency: s.agency ?? "",
      hours: String(s.hours),
    })),
    note: "",
    keep: {
      forms: p.forms,
      eForm: p.eForm,
      announcedAt: (p.announcedAt as string | null) ?? null,
      legalBasisEffectiveAt: (p.legalBasisEffectiveAt as string | null) ?? null,
      publishedAt: (p.publishedAt as string | null) ?? null,
    },
  };
}

const lines = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
const num = (s: string) => (s.trim() === "" ? Number.NaN : Number(s));
const optInt = (s: string) => (s.trim() === "" ? undefined : Number(s));

export function toBody(d: Draft): ProcedureContent & { note?: string } {
  return {
    name: d.name.trim(),
    field: d.field.trim(),
    level: d.level,
    agencies: d.agencies,
    sequence: lines(d.sequence),
    methods: d.methods as ProcedureContent["methods"],
    components: d.components.map((c) => ({
      name: c.name.trim(),
      required: c.required,
      originals: optInt(c.originals),
      copies: optInt(c.copies),
      ...(c.replacedByPopulationData ? { replacedByPopulationData: true } : {}),
    })),
    sets: d.sets.trim() === "" ? null : Number(d.sets),
    duration: {
      value: d.durationUnit === "same-day" ? Number(d.durationValue) || 0 : num(d.durationValue),
      unit: d.durationUnit,
    },
    applicantTypes: d.applicantTypes,
    fees: d.fees.map((f) => ({ name: f.name.trim(), amount: num(f.amount) })),
    onlineLevel: d.onlineLevel,
    fullOnlineEligible: d.fullOnlineEligible,
    resultIsDocument: d.resultIsDocument,
    ...(d.pauseWhileFeesDue ? { pauseWhileFeesDue: true } : {}),
    result: d.result.trim() || null,
    legalBasis: lines(d.legalBasis),
    steps: d.steps.map((s) => ({
      name: s.name.trim(),
      role: s.role,
      ...(s.agency ? { agency: s.agency } : {}),
      hours: num(s.hours),
    })),
    ...d.keep,
    note: d.note.trim() || undefined,
  } as ProcedureContent & { note?: string };
}

/** The seven parts a published procedure must have (Decree 63/2010/NĐ-CP Art. 8(2)), as the server counts them. */
export function sevenParts(d: Draft): { id: string; ok: boolean }[] {
  return [
    { id: "name", ok: !!d.name.trim() },
    { id: "sequence", ok: lines(d.sequence).length > 0 },
    { id: "method", ok: d.methods.length > 0 },
    { id: "components", ok: d.components.length > 0 && Number(d.sets) >= 1 },
    {
      id: "duration",
      ok: d.durationUnit === "same-day" || Number(d.durationValue) > 0,
    },
    { id: "applicantTypes", ok: d.applicantTypes.length > 0 },
    { id: "agency", ok: d.agencies.length > 0 },
  ];
}
