// The outbox's figures and dead letters as the API answers them: instants as ISO strings.
import type { ChannelStatusView, DeadLetterView } from "../../../shared/contracts/integrations.ts";
import type { ChannelStatus, DeadLetter } from "../../platform/outbox-admin.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const channelStatusView = (s: ChannelStatus): ChannelStatusView => ({
  ...s,
  oldestUndeliveredAt: iso(s.oldestUndeliveredAt),
  lastErrorAt: iso(s.lastErrorAt),
  lastSuccessAt: iso(s.lastSuccessAt),
  retrying: s.retrying
    ? { attempts: s.retrying.attempts, nextAttemptAt: s.retrying.nextAttemptAt.toISOString() }
    : null,
});

export const deadLetterView = (d: DeadLetter): DeadLetterView => ({
  id: d.id,
  channel: d.channel,
  subject: d.subject,
  revision: d.revision,
  payload: d.payload,
  createdAt: d.createdAt.toISOString(),
  reason: d.reason,
  deadAt: d.deadAt.toISOString(),
});
