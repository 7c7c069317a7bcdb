// Contract of the administrator's view of the links to other systems (server/modules/integrations):
// every outbox channel's state and dead letters, the national portal's sync status, fixing a
// refused exchange record and sending a dead letter again (portal-sync.md: "Visible").
import { z } from "zod";
import { dossierRecord } from "../sync-record.ts";

const iso = z.string();

/** A message the receiving system refused for good, kept for the administrator. */
export const deadLetterView = z.object({
  id: z.number().int(),
  channel: z.string(),
  /** What the message is about (a dossier code for the portal). */
  subject: z.string(),
  revision: z.number().int(),
  /** The message as it would be sent again (contacts masked outside the portal's records). */
  payload: z.unknown(),
  createdAt: iso,
  reason: z.string(),
  deadAt: iso,
});
export type DeadLetterView = z.infer<typeof deadLetterView>;

/** A channel's figures: backlog, oldest undelivered change, rate, last error, dead letters. */
export const channelStatus = z.object({
  channel: z.string(),
  backlog: z.number().int(),
  backlogSubjects: z.number().int(),
  oldestUndeliveredAt: iso.nullable(),
  perMinute: z.number(),
  perMinute15: z.number(),
  deliveredTotal: z.number().int(),
  lastError: z.string().nullable(),
  lastErrorAt: iso.nullable(),
  lastSuccessAt: iso.nullable(),
  retrying: z.object({ attempts: z.number().int(), nextAttemptAt: iso }).nullable(),
  deadLetters: z.number().int(),
});
export type ChannelStatusView = z.infer<typeof channelStatus>;

export const outboxChannel = channelStatus.extend({ deadLetterList: z.array(deadLetterView) });
export const outboxStatus = z.object({ channels: z.array(outboxChannel) });

export const portalStatus = channelStatus.extend({
  configured: z.boolean(),
  /** The portal's base URL without credentials or query. */
  portalUrl: z.string().nullable(),
  oldestUndeliveredAgeSeconds: z.number().nullable(),
  /** What the portal reports holding when it tells (its own shape); null when it does not. */
  portal: z.record(z.string(), z.unknown()).nullable(),
  deadLetterList: z.array(deadLetterView),
});

/** A refused dossier record, corrected by the administrator: an exchange record (sync-record.md). */
export const fixDeadLetterBody = z.strictObject({ record: dossierRecord });

export const resendOutcome = z.object({
  /** Back in the queue, or closed because a newer revision of its subject was written since. */
  outcome: z.enum(["queued", "superseded"]),
  subject: z.string(),
  revision: z.number().int(),
});
