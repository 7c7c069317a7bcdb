// The dossier as the rest of the module sees it: the projection of its events.
import type { Fee } from "../../../shared/sync-record.ts";

/** National status codes [TrangThaiHoSo] (Decision 766/QĐ-TTg sync records). */
export const STATUS = {
  submitted: 1,
  received: 2,
  refused: 3,
  inProgress: 4,
  supplement: 5,
  payment: 6,
  withdrawn: 7,
  stopped: 8,
  handled: 9,
  returned: 10,
} as const;
export type Status = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export { STATE_NAMES, STATES, type State } from "../../../shared/dossier-states.ts";

import type { State } from "../../../shared/dossier-states.ts";

export type Channel = 1 | 2 | 3;

export interface Applicant {
  name: string;
  idNumber?: string;
  phone?: string;
  email?: string;
  address?: string;
  /** Commune of residence: routes commune-level procedures to the right commune. */
  communeCode?: string;
  kind?: "citizen" | "organisation";
  representative?: string;
  notify?: ("email" | "sms" | "zalo")[];
  lang?: "vi" | "en";
  /** Chose to receive the electronic result in their personal data store. */
  resultToPersonalStore?: boolean;
  /** Chose to receive the result by the public postal service (at their address). */
  resultByPost?: boolean;
}

export interface Component {
  name: string;
  required: boolean;
  /** 0 no, 1 digitised, 2 reused from another dossier's component, 3 reused from a result. */
  digitized: 0 | 1 | 2 | 3;
  fromPersonalStore: boolean;
  /** sha256 of the attached files (scans, uploads). */
  files: string[];
  originals?: number;
  copies?: number;
  /** Not handed in: taken from the national population database (population-data.ts). */
  fromPopulationData?: boolean;
}

export interface Feedback {
  complaint: boolean;
  reaction: "like" | "dislike" | null;
}

export interface Dossier {
  id: string;
  code: string;
  procedureCode: string;
  procedureVersion: number | null;
  agencyCode: string;
  receivingUnit: string;
  channel: Channel;
  applicant: Applicant | null;
  status: Status;
  state: State;
  resumeState: State | null;
  submittedAt: Date;
  receivedAt: Date | null;
  dueAt: Date | null;
  /** The new appointment after a signed apology (Form 04); set once. dueAt stays the original. */
  extendedDueAt: Date | null;
  finishedAt: Date | null;
  pausedMinutes: number;
  currentStep: number | null;
  supplementRequests: number;
  completionRequests: number;
  version: number;
  eventSeq: number;
  paidOnline: 0 | 1 | 2;
  vneidVerified: boolean;
  populationDb: boolean;
  syncedToPortal: boolean;
  fullOnline: boolean;
  result: { code: string; file: string } | null;
  resultPushedToPersonalStore: boolean;
  components: Component[];
  fees: Fee[];
  formData: Record<string, unknown>;
  feedback: Feedback;
  secret: string;
  updatedAt: Date;
}

export interface DossierEventRow {
  seq: number;
  type: string;
  at: Date;
  actorId: string | null;
  actorName: string;
  data: Record<string, unknown>;
}

/** An event about to be appended (seq and actor are filled in by the commit). */
export interface NewEvent {
  type: string;
  at: Date;
  data?: Record<string, unknown>;
}

export interface StepRow {
  seq: number;
  stepIndex: number;
  name: string;
  role: string;
  agencyCode: string | null;
  quotaHours: number;
  assigneeId: string | null;
  assigneeName: string | null;
  handedBy: string | null;
  /** The agency its time counts against when not the one that held it (a misrouted dossier). */
  chargedTo?: string | null;
  /** Who handed the step on (a system step: the system, by name). */
  doneBy: string | null;
  /** Inter-agency hand-off: when and by whom the receiving agency acknowledged the step. */
  acknowledgedAt?: Date | null;
  acknowledgedBy?: string | null;
  receivedAt: Date;
  dueAt: Date;
  doneAt: Date | null;
  result: "early" | "on-time" | "late" | null;
  note: string | null;
}
