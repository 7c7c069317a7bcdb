import { COMPLAINT_CLASSES } from "../../../../shared/contracts/feedback.ts";
import type { Reaction } from "../evaluations/criteria.ts";
import type { StepId, StepRecord } from "./limits.ts";
import type { ComplaintState } from "./states.ts";

/** Class of a complaint (indicator 5.1): about regulations and procedures, or about staff behaviour. */
export { COMPLAINT_CLASSES };
export type ComplaintClass = (typeof COMPLAINT_CLASSES)[number];

export interface Complainant {
  name: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface InfoRequest {
  at: string;
  text: string;
  answeredAt?: string;
  answer?: string;
}

export interface Complaint {
  id: string;
  code: string;
  secretHash: string;
  dossierCode: string | null;
  agencyCode: string | null;
  class: ComplaintClass;
  classifiedAt: Date | null;
  state: ComplaintState;
  title: string | null;
  content: string;
  complainant: Complainant;
  receivedAt: Date;
  refuseReason: string | null;
  infoRequests: InfoRequest[];
  answer: string | null;
  publicQuestion: string | null;
  complainantReaction: Reaction | null;
  likes: number;
  dislikes: number;
  raisedAgainUnsatisfied: boolean;
  parentCode: string | null;
  updatedAt: Date;
  version: number;
  steps: Partial<Record<StepId, StepRecord>>;
}
