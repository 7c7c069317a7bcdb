// The national portal link (integrations module): sync status, dead letters, fix and resend.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  deadLetterView,
  fixDeadLetterBody,
  outboxStatus,
  portalStatus,
  resendOutcome,
} from "../../../shared/contracts/integrations.ts";
import { get, post, put } from "./client.ts";

export type DeadLetter = z.infer<typeof deadLetterView>;

/** What the simulator of the portal reports holding (GET /status); a real portal may say less. */
interface PortalHoldings {
  holding?: number;
  applied?: number;
  rejected?: number;
  submissions?: { created: number; repeated: number; failed: number };
  recent?: { code: string; revision: number; status: number; at: string }[];
}

export type PortalStatus = Omit<z.infer<typeof portalStatus>, "portal"> & {
  portal: PortalHoldings | null;
};
type Resent = z.infer<typeof resendOutcome>;

/** Polls one status view (every 5 s). */
const useStatus = <T>(key: string, fetch: () => Promise<T>) =>
  useQuery({ queryKey: [key], queryFn: fetch, refetchInterval: 5000 });

/** A change that refreshes one status view. */
function useStatusChange<I, O>(key: string, change: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => qc.invalidateQueries({ queryKey: [key] }),
  });
}

export const usePortalStatus = () =>
  useStatus("portal-status", () => get<PortalStatus>("/api/portal/status"));

export const useResend = () =>
  useStatusChange("portal-status", (id: number) =>
    post<Resent>(`/api/portal/dead-letters/${id}/resend`),
  );

export const useFix = () =>
  useStatusChange(
    "portal-status",
    // The record as the administrator edited it: the server checks it against the exchange
    // record's schema (shared/sync-record.ts) and names the member it refuses.
    (v: { id: number; record: z.input<typeof fixDeadLetterBody>["record"] }) =>
      put<DeadLetter>(`/api/portal/dead-letters/${v.id}`, { record: v.record }),
  );

/** Every outgoing channel (the portal, notices by e-mail/SMS/Zalo, personal data store, post). */
export type OutboxChannelStatus = z.infer<typeof outboxStatus>["channels"][number];

export const useOutboxStatus = () =>
  useStatus("outbox-status", () => get<z.infer<typeof outboxStatus>>("/api/outbox/status"));

export const useOutboxResend = () =>
  useStatusChange("outbox-status", (id: number) =>
    post<Resent>(`/api/outbox/dead-letters/${id}/resend`),
  );
