// Contract of the citizen module (server/modules/citizen): VNeID sign-in and "Hồ sơ của tôi",
// online payment, the result's download and deliveries, the notices sent, and the look-up in the
// national population database.
import { z } from "zod";

const iso = z.string();
const feeView = z.object({ name: z.string(), amount: z.number() });

// ---- VNeID session and "Hồ sơ của tôi"

export const loginQuery = z.strictObject({ returnTo: z.string().max(300).optional() });

/** The signed-in citizen as VNeID asserted them; only `signedIn: false` when nobody is. */
export const citizenMe = z.object({
  signedIn: z.boolean(),
  /** VNeID's subject identifier. */
  subject: z.string().optional(),
  personalId: z.string().optional(),
  name: z.string().optional(),
  birthdate: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
});
export const signedOut = z.object({ signedIn: z.literal(false) });

/** What a submission answers: the code and the look-up secret the applicant keeps. */
export const citizenSubmission = z.object({
  code: z.string(),
  secret: z.string(),
  status: z.number().int(),
  submittedAt: iso,
  expectedDueAt: iso.nullable(),
  amountDue: z.number(),
});

export const RESULT_CHANNELS = ["personal-store", "post"] as const;
/** A shipment's states in the postal operator's tracking (server/modules/integrations/postal). */
export const POSTAL_STATES = [
  "accepted",
  "in-transit",
  "out-for-delivery",
  "delivered",
  "returned",
] as const;

/** What was sent to the applicant, and where their result stands on its way to them (no
 * addresses, no errors, no attempt counts: those are the officers'). */
export const applicantDeliveries = z.object({
  notices: z.array(
    z.object({
      kind: z.string(),
      channel: z.string(),
      status: z.enum(["queued", "sent", "failed"]),
      at: iso,
    }),
  ),
  results: z.array(
    z.object({
      channel: z.enum(RESULT_CHANNELS),
      status: z.enum(["queued", "acknowledged", "failed"]),
      reference: z.string().nullable(),
      /** The postal operator's last reported state. */
      tracking: z.object({ state: z.enum(POSTAL_STATES), at: iso }).nullable(),
    }),
  ),
});
export const publicDeliveries = applicantDeliveries.extend({ code: z.string() });

export const myDossier = z.object({
  code: z.string(),
  procedure: z.string(),
  status: z.number().int(),
  state: z.string(),
  submittedAt: iso,
  dueAt: iso.nullable(),
  vneidVerified: z.boolean(),
  /** 0 not paid online, 1 paid through the portal, 2 paid through the province's gateway. */
  paidOnline: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  fees: z.array(feeView),
  result: z.object({ code: z.string() }).nullable(),
  payments: z.array(
    z.object({
      reference: z.string(),
      amount: z.number(),
      status: z.string(),
      paidAt: iso.nullable(),
    }),
  ),
  complaints: z.array(z.object({ code: z.string(), status: z.string() })),
  deliveries: applicantDeliveries,
});
export const myDossiers = z.object({ dossiers: z.array(myDossier) });

// ---- The result and its deliveries

/** The dossier code and its look-up secret, in the body (never in a URL). */
export const resultLookupBody = z.strictObject({
  code: z.string().trim().min(1).max(60),
  secret: z.string().trim().min(4).max(64),
});

export const resultDeliveries = z.object({
  /** The ways the applicant chose to receive the result. */
  chosen: z.array(z.enum(RESULT_CHANNELS)),
  deliveries: z.array(
    z.object({
      channel: z.enum(RESULT_CHANNELS),
      createdAt: iso,
      /** "acknowledged" only once the receiving system confirmed it (the store; the post office). */
      status: z.enum(["queued", "acknowledged", "failed"]),
      attempts: z.number().int(),
      ackedAt: iso.nullable(),
      /** The store's receipt number, or the shipment's item code (tracking number). */
      reference: z.string().nullable(),
      lastError: z.string().nullable(),
      tracking: z
        .object({ state: z.enum(POSTAL_STATES), at: iso, location: z.string() })
        .nullable(),
    }),
  ),
});

export const dossierNotices = z.object({
  notices: z.array(
    z.object({
      kind: z.string(),
      channel: z.string(),
      lang: z.string(),
      createdAt: iso,
      status: z.enum(["queued", "sent", "failed"]),
      attempts: z.number().int(),
      sentAt: iso.nullable(),
      lastError: z.string().nullable(),
    }),
  ),
});

// ---- The national population database

export const populationLookupBody = z.strictObject({
  // Law on Identification 2023, Art. 12: the personal identification number has 12 digits.
  personalId: z
    .string()
    .trim()
    .regex(/^[0-9]{12}$/, "số định danh cá nhân gồm 12 chữ số / 12-digit personal ID"),
  purpose: z.string().trim().min(5).max(300),
});

export const populationLookup = z.object({
  /** Refers to this look-up in the intake that uses it (what sets populationDb). */
  lookup: z.string(),
  person: z.object({
    personalId: z.string(),
    name: z.string(),
    birthdate: z.string(),
    gender: z.enum(["Nam", "Nữ"]),
    permanentAddress: z.string(),
    ethnicity: z.string(),
    nationality: z.string(),
  }),
});

// ---- Payments

export const paymentRequest = z.object({
  code: z.string(),
  amount: z.number(),
  fees: z.array(feeView),
  paidOnline: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  status: z.number().int(),
  /** Where the agency collects fees; null when nothing is due. */
  account: z
    .object({
      agencyCode: z.string(),
      bankBin: z.string(),
      accountNo: z.string(),
      accountName: z.string(),
      bankName: z.string(),
    })
    .nullable(),
  /** The VietQR transfer (EMVCo string) with the dossier code in its purpose. */
  vietqr: z.string().nullable(),
  /** Whether the payment gateway may be used. */
  gateway: z.boolean(),
});

export const gatewayStart = z.object({
  redirectUrl: z.string(),
  reference: z.string(),
  amount: z.number(),
});

/** The acknowledgement the gateway expects from its IPN call (VNPAY's RspCode and Message). */
export const gatewayAck = z.object({ RspCode: z.string(), Message: z.string() });

export const reconciliationQuery = z.strictObject({
  agency: z.string().trim().min(1).max(40),
  date: z.iso.date(),
});
