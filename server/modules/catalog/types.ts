// What a procedure is in the catalogue: the seven parts the law requires published (Decree
// 63/2010/NĐ-CP, Art. 8), fees, online level, e-form and the internal process.
import {
  type Duration,
  type DurationUnit,
  type Fee,
  PROCEDURE_METHODS,
} from "../../../shared/sync-record.ts";
import type { Role } from "../identity/index.ts";
import type { JsonSchema } from "./rules/eform-schema.ts";

export type { Duration, DurationUnit, Fee };
export { PROCEDURE_METHODS };
/** Cách thức thực hiện: at a counter, online, by public postal service. */
export type ProcedureMethod = (typeof PROCEDURE_METHODS)[number];
export type OnlineLevel = "full" | "partial" | "none";
export type ApplicantType = "citizen" | "organisation" | "overseas-vietnamese" | "foreigner";
export type ProcedureLevel =
  | "central"
  | "province"
  | "department"
  | "commune"
  | "center"
  | "vertical";

/** A dossier component (thành phần hồ sơ) and how many originals / copies it takes. */
export interface Component {
  name: string;
  required: boolean;
  originals?: number;
  copies?: number;
  /** The form template's name when the component is a form (tờ khai, mẫu đơn). */
  form?: string;
  /**
   * A paper the agency no longer asks for when the applicant's data comes from the national
   * population database (residence papers: Law on Residence 2020, Decree 104/2022/NĐ-CP;
   * reuse of data: Decree 118/2025/NĐ-CP).
   */
  replacedByPopulationData?: boolean;
}

/** A form template published with the procedure (mẫu đơn, tờ khai). */
export interface FormTemplate {
  name: string;
  code?: string;
  url?: string;
}

/** One step of the internal process (quy trình nội bộ) with its quota in working hours. */
export interface ProcedureStep {
  name: string;
  role: Role;
  /** The agency that acts when it is not the competent one (inter-agency, liên thông). */
  agency?: string;
  hours: number;
}

/** The content of one version: everything but the version bookkeeping. */
export interface ProcedureContent {
  code: string;
  name: string;
  field: string;
  level: ProcedureLevel;
  /** Competent agencies (cơ quan thực hiện), by electronic identifier code. */
  agencies: string[];
  /** Trình tự thực hiện: the steps as published to applicants. */
  sequence: string[];
  methods: ProcedureMethod[];
  components: Component[];
  /** Số lượng hồ sơ: number of sets to submit; null when not stated. */
  sets: number | null;
  duration: Duration;
  applicantTypes: ApplicantType[];
  fees: Fee[];
  onlineLevel: OnlineLevel;
  fullOnlineEligible: boolean;
  resultIsDocument: boolean;
  /** The handling clock pauses while the fees or taxes asked for are awaited (calendar.md,
   *  "Pauses": where the procedure says so, e.g. land procedures waiting for the tax notice's
   *  payment). Absent: the clock runs. */
  pauseWhileFeesDue?: boolean;
  /** Name of the result (e.g. "Giấy khai sinh"). */
  result: string | null;
  legalBasis: string[];
  /** Yêu cầu, điều kiện thực hiện (absent when never stated). */
  requirements?: string[];
  /** The announcing decision's number and date (absent when not known). */
  announcement?: { number: string; date: string };
  forms: FormTemplate[];
  /** The e-form as a JSON Schema (the subset in rules/eform-schema.ts); null when none. */
  eForm: JsonSchema | null;
  steps: ProcedureStep[];
  announcedAt: string | null;
  legalBasisEffectiveAt: string | null;
  publishedAt: string | null;
}

/** One version of a procedure as stored. */
export interface Procedure extends ProcedureContent {
  version: number;
  /** ISO instant from which this version is in force. */
  validFrom: string;
  recordedAt: string;
  note: string | null;
}

export interface VersionInfo {
  version: number;
  validFrom: string;
  recordedAt: string;
  name: string;
  note: string | null;
}
