// Data for the forms of Circular 03/2025/TT-VPCP, Appendix I, in the shape the documents module's
// renderForm() reads. Dossiers do not import documents (it sits above them): the app passes a
// FormService that renders and stores the PDF.
import { type Actor, type AgencyTree, isRole, ROLE_NAMES } from "../identity/index.ts";
import { uniqueItems } from "./completeness.ts";
import type { FormNo, ProcedureInfo } from "./ports.ts";
import type { RegisterLine } from "./register.ts";
import type { Dossier, NewEvent, StepRow } from "./types.ts";

export interface FormContext {
  d: Dossier;
  proc: ProcedureInfo;
  tree: AgencyTree;
  actor: Actor;
  now: Date;
  /** The events of this change (reasons, items…). */
  events: NewEvent[];
  steps?: StepRow[];
  /** The public look-up page's address (the receipt's QR opens it for the dossier). */
  lookupUrl?: string;
  /** The competent agency's head (or its leader), who signs a stop or a refusal during handling. */
  head?: { name: string; role: "head" | "leader" } | null;
  /** The dossier's entry in the receiving unit's register (Form 01: Quyển số, Số thứ tự). */
  register?: { book: string; seq: number } | null;
}

/** A People's Committee: no superior-body line above it (Decree 30/2020/NĐ-CP Appendix I). */
export const isPeoplesCommittee = (name: string) => /^((Ủy|Uỷ) ban nhân dân|UBND)\s/i.test(name);
/** Police units (Law on People's Public Security 2018 Art. 17): led by a Giám đốc at the province,
 * a Trưởng Công an at commune level. */
const COMMUNE_POLICE = /^Công an (xã|phường|đặc khu|thị trấn) /i;
const PROVINCIAL_POLICE = /^Công an (tỉnh|thành phố) /i;
const LOCALITY =
  /^((Ủy|Uỷ) ban nhân dân|UBND|Công an) (tỉnh|thành phố|xã|phường|đặc khu|thị trấn) /i;

/** The place name of the date line: the locality of the nearest local authority or police above. */
export function placeOf(tree: AgencyTree, code: string): string {
  let a = tree.byCode.get(code);
  while (a) {
    if (LOCALITY.test(a.name)) return a.name.replace(LOCALITY, "");
    a = a.parentCode ? tree.byCode.get(a.parentCode) : undefined;
  }
  return tree.byCode.get(code)?.name ?? code;
}

/**
 * The title of an agency's head in a signature block: CHỦ TỊCH for a People's Committee,
 * TRƯỞNG CÔNG AN XÃ (PHƯỜNG…) for commune police, GIÁM ĐỐC CÔNG AN TỈNH for the provincial
 * police, else THỦ TRƯỞNG CƠ QUAN.
 */
export function headPosition(agencyName: string): string {
  if (isPeoplesCommittee(agencyName)) return "CHỦ TỊCH";
  const commune = COMMUNE_POLICE.exec(agencyName);
  if (commune) return `TRƯỞNG CÔNG AN ${commune[1].toUpperCase()}`;
  const province = PROVINCIAL_POLICE.exec(agencyName);
  return province ? `GIÁM ĐỐC CÔNG AN ${province[1].toUpperCase()}` : "THỦ TRƯỞNG CƠ QUAN";
}

/**
 * The competent head's signature block (Decree 30/2020/NĐ-CP Art. 13): "TM. ỦY BAN NHÂN DÂN /
 * CHỦ TỊCH" for a People's Committee (KT. … / PHÓ CHỦ TỊCH for its leader), a police unit's head
 * by title ("TRƯỞNG CÔNG AN XÃ"; KT. … / PHÓ TRƯỞNG CÔNG AN XÃ), else the agency head.
 */
function competentSigner(c: FormContext) {
  const agency = c.tree.byCode.get(c.d.agencyCode);
  // No head recorded: the name line is left for the signer to fill in.
  const name = c.head?.name ?? "………………………";
  const deputy = c.head?.role === "leader";
  const title = headPosition(agency?.name ?? "");
  if (agency && isPeoplesCommittee(agency.name))
    return deputy
      ? { authority: "KT. CHỦ TỊCH", position: "PHÓ CHỦ TỊCH", name }
      : { authority: "TM. ỦY BAN NHÂN DÂN", position: "CHỦ TỊCH", name };
  if (title !== "THỦ TRƯỞNG CƠ QUAN")
    return deputy
      ? { authority: `KT. ${title}`, position: `PHÓ ${title}`, name }
      : { position: title, name };
  return deputy
    ? { authority: "KT. THỦ TRƯỞNG CƠ QUAN", position: "CẤP PHÓ", name }
    : { position: "THỦ TRƯỞNG CƠ QUAN", name };
}

const CHANNEL = { 1: "counter", 2: "online", 3: "post" } as const;
const SYMBOL: Record<FormNo, string> = {
  "01": "GTN",
  "02": "PYCBS",
  "03": "PTC",
  "05": "TBD",
  "06": "PKS",
  withdrawal: "XNRHS",
};

function base(c: FormContext, no: FormNo, unitCode: string) {
  const unit = c.tree.byCode.get(unitCode);
  const parent = unit?.parentCode ? c.tree.byCode.get(unit.parentCode) : undefined;
  const showParent = parent && unit && !isPeoplesCommittee(unit.name);
  return {
    formNo: no,
    unit: {
      ...(showParent ? { parent: parent.name.toUpperCase() } : {}),
      name: (unit?.name ?? unitCode).toUpperCase(),
    },
    number: `${c.d.code.slice(-4)}/${SYMBOL[no]}`,
    place: placeOf(c.tree, unitCode),
    issuedAt: c.now,
    dossierCode: c.d.code,
  };
}

const applicant = (d: Dossier) => {
  const a = d.applicant;
  if (!a) return { name: "—" };
  return {
    ...(a.kind ? { kind: a.kind } : {}),
    name: a.name,
    idNumber: a.idNumber,
    address: a.address,
    phone: a.phone,
    email: a.email,
    representative: a.representative,
  };
};
const signer = (actor: Actor, position: string) => ({
  position,
  name: actor.fullName || actor.username,
});
const procedure = (p: ProcedureInfo) => ({ code: p.code, name: p.name });
const eventData = (c: FormContext, type: string) =>
  c.events.find((e) => e.type === type)?.data ?? {};

/** Legal time as the catalogue announces it (Form 01 prints "3 tháng", "Trong ngày" as such). */
function legalTime(p: ProcedureInfo) {
  const { value, unit } = p.duration;
  if (unit === "working-days") return { amount: value, unit: "working_days" };
  if (unit === "working-hours") return { amount: value, unit: "working_hours" };
  if (unit === "days") return { amount: value, unit: "days" };
  if (unit === "months") return { amount: value, unit: "months" };
  return { amount: 0, unit: "same_day" };
}

export function formData01(c: FormContext) {
  const { d, proc } = c;
  return {
    ...base(c, "01", d.receivingUnit),
    applicant: applicant(d),
    procedure: procedure(proc),
    channel: CHANNEL[d.channel],
    components: d.components.map((x) => ({
      name: x.name,
      originals: x.originals ?? 0,
      copies: x.copies ?? 0,
      reused: x.digitized >= 2 || x.fromPersonalStore || !!x.fromPopulationData,
      ...(x.fromPopulationData ? { fromPopulationData: true } : {}),
    })),
    legalTime: legalTime(proc),
    receivedAt: d.receivedAt ?? c.now,
    appointmentAt: d.dueAt ?? c.now,
    fees: d.fees,
    delivery: {
      method: CHANNEL[d.channel] === "post" ? "post" : d.channel === 2 ? "online" : "counter",
    },
    ...(c.register ? { register: c.register } : {}),
    receiver: signer(c.actor, "NGƯỜI TIẾP NHẬN HỒ SƠ"),
    // Printed for the applicant (Decree 118/2025/NĐ-CP: look-up by code on the portal); the QR
    // carries the look-up page of this dossier by its code, never the secret.
    lookupSecret: d.secret,
    ...(c.lookupUrl ? { qrText: lookupLink(c.lookupUrl, d.code) } : {}),
  };
}

/** The public look-up page of one dossier: its code only. */
export const lookupLink = (publicUrl: string, code: string) =>
  `${publicUrl.replace(/\/$/, "")}/tra-cuu?ma=${encodeURIComponent(code)}`;

export function formData02(c: FormContext) {
  // At reception (the receiving unit asks) or during handling (the competent agency asks).
  const supplement = c.events.find((e) => e.type === "supplement-requested")?.data as
    | { request?: number; items?: string[]; reason?: string; repeatReason?: string }
    | undefined;
  const data = (supplement ?? eventData(c, "completion-requested")) as {
    items?: string[];
    note?: string | null;
  };
  const reason = supplement ? supplement.reason : data.note;
  return {
    ...base(c, "02", supplement ? c.d.agencyCode : c.d.receivingUnit),
    applicant: applicant(c.d),
    procedure: procedure(c.proc),
    items: uniqueItems(data.items ?? []).map((text) => ({ text })),
    ...(reason ? { reason } : {}),
    ...(supplement?.request && supplement.request > 1
      ? { request: supplement.request, repeatReason: supplement.repeatReason }
      : {}),
    signer: supplement
      ? signer(
          c.actor,
          supplement.request && supplement.request > 1 ? "LÃNH ĐẠO CƠ QUAN" : "NGƯỜI XỬ LÝ HỒ SƠ",
        )
      : signer(c.actor, "NGƯỜI TIẾP NHẬN HỒ SƠ"),
  };
}

export function formData03(c: FormContext) {
  const data = eventData(c, "refused") as { reasons?: string };
  // Refused during handling (after reception): the competent agency refuses, its head signs.
  const handling = c.d.receivedAt !== null;
  return {
    ...base(c, "03", handling ? c.d.agencyCode : c.d.receivingUnit),
    applicant: applicant(c.d),
    procedure: procedure(c.proc),
    reasons: [data.reasons ?? "—"],
    signer: handling ? competentSigner(c) : signer(c.actor, "NGƯỜI TIẾP NHẬN HỒ SƠ"),
  };
}

/** The written record of a withdrawal, issued by the one-stop unit that received the dossier. */
export function formDataWithdrawal(c: FormContext) {
  const data = eventData(c, "withdrawn") as { reason?: string | null; returned?: string[] };
  return {
    ...base(c, "withdrawal", c.d.receivingUnit),
    formNo: undefined,
    applicant: applicant(c.d),
    procedure: procedure(c.proc),
    ...(c.d.receivedAt ? { receivedAt: c.d.receivedAt } : {}),
    ...(c.d.dueAt ? { appointmentAt: c.d.dueAt } : {}),
    withdrawnAt: c.now,
    ...(data.reason ? { reason: data.reason } : {}),
    returned: data.returned ?? [],
    atCounter: c.d.channel !== 2,
    signer: signer(c.actor, "NGƯỜI TIẾP NHẬN YÊU CẦU"),
  };
}

export function formData05(c: FormContext) {
  const data = eventData(c, "stopped") as { reason?: string; legalBasis?: string | null };
  return {
    ...base(c, "05", c.d.agencyCode),
    applicant: applicant(c.d),
    procedure: procedure(c.proc),
    receivingUnit: c.tree.byCode.get(c.d.receivingUnit)?.name ?? c.d.receivingUnit,
    receivedAt: c.d.receivedAt ?? c.now,
    appointmentAt: c.d.dueAt ?? c.now,
    ...(data.legalBasis ? { legalBasis: data.legalBasis } : {}),
    reasons: [data.reason ?? "—"],
    signer: competentSigner(c),
  };
}

/**
 * Who received a hand-over and who did the step (Decree 118/2025/NĐ-CP Art. 18): the officer it
 * was handed to, the one who actually handed it on when someone else did, and for a step still
 * waiting for someone of the role, the role itself, marked as not yet assigned.
 */
function receiverOf(s: StepRow): string {
  if (s.assigneeName) {
    return s.doneBy && s.doneBy !== s.assigneeName
      ? `${s.assigneeName} (${s.doneBy} thực hiện)`
      : s.assigneeName;
  }
  if (s.doneBy) return s.doneBy;
  const role = isRole(s.role) ? ROLE_NAMES[s.role].vi : s.role;
  return `${role} (chưa phân công)`;
}

export function formData06(c: FormContext) {
  const name = (code: string | null) =>
    code ? (c.tree.byCode.get(code)?.name ?? code) : undefined;
  const steps = c.steps ?? [];
  return {
    ...base(c, "06", c.d.agencyCode),
    applicantName: c.d.applicant?.name ?? "—",
    procedure: procedure(c.proc),
    leadAgency: name(c.d.agencyCode)!,
    coordinatingAgencies: [
      ...new Set(
        steps.map((s) => s.agencyCode).filter((a): a is string => !!a && a !== c.d.agencyCode),
      ),
    ].map((a) => name(a)!),
    receivedAt: c.d.receivedAt ?? c.now,
    appointmentAt: c.d.dueAt ?? c.now,
    steps: steps.map((s, i) => ({
      step: s.name,
      from: { name: s.handedBy ?? steps[i - 1]?.doneBy ?? "Hệ thống" },
      to: { name: receiverOf(s), ...(s.agencyCode ? { unit: name(s.agencyCode) } : {}) },
      receivedAt: s.receivedAt,
      dueAt: s.dueAt,
      ...(s.doneAt ? { doneAt: s.doneAt } : {}),
      ...(s.note ? { note: s.note.slice(0, 500) } : {}),
    })),
  };
}

export const FORM_BUILDERS: Record<FormNo, (c: FormContext) => Record<string, unknown>> = {
  "01": formData01,
  "02": formData02,
  "03": formData03,
  "05": formData05,
  "06": formData06,
  withdrawal: formDataWithdrawal,
};

/** Form 07, the register of a one-stop unit for a period (A4 landscape, one line per entry). */
export function formData07(
  tree: AgencyTree,
  unitCode: string,
  period: { from: string; to: string },
  lines: RegisterLine[],
  now: Date,
) {
  const unit = tree.byCode.get(unitCode);
  const parent = unit?.parentCode ? tree.byCode.get(unit.parentCode) : undefined;
  const showParent = parent && unit && !isPeoplesCommittee(unit.name);
  const books = [...new Set(lines.map((l) => l.book))];
  return {
    formNo: "07",
    unit: {
      ...(showParent ? { parent: parent.name.toUpperCase() } : {}),
      name: (unit?.name ?? unitCode).toUpperCase(),
    },
    place: placeOf(tree, unitCode),
    issuedAt: now,
    book: (books.length ? books.join(", ") : `01/${period.from.slice(0, 4)}`).slice(0, 40),
    period,
    entries: lines.map(({ book: _book, ...l }) => l),
  };
}
