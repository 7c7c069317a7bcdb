// The national portal link (integrations module): sync status, dead letters, fix and resend.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { get, post, put } from "./client.ts";

export interface DeadLetter {
  id: number;
  subject: string;
  revision: number;
  payload: Record<string, unknown>;
  createdAt: string;
  reason: string;
  deadAt: string;
}

export interface PortalStatus {
  configured: boolean;
  portalUrl: string | null;
  backlog: number;
  backlogSubjects: number;
  oldestUndeliveredAt: string | null;
  oldestUndeliveredAgeSeconds: number | null;
  perMinute: number;
  perMinute15: number;
  deliveredTotal: number;
  lastError: string | null;
  lastErrorAt: string | null;
  lastSuccessAt: string | null;
  retrying: { attempts: number; nextAttemptAt: string } | null;
  deadLetters: number;
  deadLetterList: DeadLetter[];
  portal: {
    holding?: number;
    applied?: number;
    rejected?: number;
    submissions?: { created: number; repeated: number; failed: number };
    recent?: { code: string; revision: number; status: number; at: string }[];
  } | null;
}

export const usePortalStatus = () =>
  useQuery({
    queryKey: ["portal-status"],
    queryFn: () => get<PortalStatus>("/api/portal/status"),
    refetchInterval: 5000,
  });

export function useResend() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      post<{ outcome: "queued" | "superseded" }>(`/api/portal/dead-letters/${id}/resend`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["portal-status"] }),
  });
}

export function useFix() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; record: Record<string, unknown> }) =>
      put<DeadLetter>(`/api/portal/dead-letters/${v.id}`, { record: v.record }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["portal-status"] }),
  });
}

/** Every outgoing channel (the portal, notices by e-mail/SMS/Zalo, personal data store, post). */
export interface OutboxChannelStatus {
  channel: string;
  backlog: number;
  oldestUndeliveredAt: string | null;
  perMinute: number;
  deliveredTotal: number;
  lastError: string | null;
  lastErrorAt: string | null;
  retrying: { attempts: number; nextAttemptAt: string } | null;
  deadLetters: number;
  deadLetterList: DeadLetter[];
}

export const useOutboxStatus = () =>
  useQuery({
    queryKey: ["outbox-status"],
    queryFn: () => get<{ channels: OutboxChannelStatus[] }>("/api/outbox/status"),
    refetchInterval: 5000,
  });

export function useOutboxResend() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      post<{ outcome: "queued" | "superseded" }>(`/api/outbox/dead-letters/${id}/resend`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["outbox-status"] }),
  });
}
