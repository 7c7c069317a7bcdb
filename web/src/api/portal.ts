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

export const usePortalStatus = () =>
  useQuery({
    queryKey: ["portal-status"],
    queryFn: () => get<PortalStatus>("/api/portal/status"),
    refetchInterval: 5000,
  });

export function useResend() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => post<Resent>(`/api/portal/dead-letters/${id}/resend`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["portal-status"] }),
  });
}

export function useFix() {
  const qc = useQueryClient();
  return useMutation({
    // The record as the administrator edited it: the server checks it against the exchange
    // record's schema (shared/sync-record.ts) and names the member it refuses.
    mutationFn: (v: { id: number; record: z.input<typeof fixDeadLetterBody>["record"] }) =>
      put<DeadLetter>(`/api/portal/dead-letters/${v.id}`, { record: v.record }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["portal-status"] }),
  });
}

/** Every outgoing channel (the portal, notices by e-mail/SMS/Zalo, personal data store, post). */
export type OutboxChannelStatus = z.infer<typeof outboxStatus>["channels"][number];

export const useOutboxStatus = () =>
  useQuery({
    queryKey: ["outbox-status"],
    queryFn: () => get<z.infer<typeof outboxStatus>>("/api/outbox/status"),
    refetchInterval: 5000,
  });

export function useOutboxResend() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => post<Resent>(`/api/outbox/dead-letters/${id}/resend`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["outbox-status"] }),
  });
}
