// Identity: the signed-in user, sessions, agencies, users and roles.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  AGENCY_LEVELS,
  agenciesAnswer,
  agency,
  agencyHistoryAnswer,
  loginAnswer,
  loginBody,
  meAnswer,
  mergeAgencyBody,
  newAgencyBody,
  newUserAnswer,
  newUserBody,
  ROLES,
  renameAgencyBody,
  rolesAnswer,
  switchAgencyAnswer,
  userRow,
  usersAnswer,
} from "../../../shared/contracts/identity.ts";
import { ApiError, get, post, setCsrfToken } from "./client.ts";

export type Role = (typeof ROLES)[number];
export type Me = z.infer<typeof meAnswer>;
export type Grant = Me["grants"][number];
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];
export type Agency = z.infer<typeof agency>;
export type UserRow = z.infer<typeof userRow>;
export type AgencyChange = z.infer<typeof agencyHistoryAnswer>["history"][number];
export type NewUser = z.input<typeof newUserBody>;

export const keys = {
  me: ["me"] as const,
  agencies: ["agencies"] as const,
  history: (code: string) => ["agencies", code, "history"] as const,
  users: ["users"] as const,
  roles: ["roles"] as const,
};

/** The signed-in user, or null when signed out (401 is an answer here, not an error). */
export function useMe() {
  return useQuery({
    queryKey: keys.me,
    queryFn: async () => {
      try {
        const me = await get<Me>("/api/auth/me");
        setCsrfToken(me.csrfToken);
        return me;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof loginBody>) =>
      post<z.infer<typeof loginAnswer>>("/api/auth/login", input),
    onSuccess: async (r) => {
      setCsrfToken(r.csrfToken);
      qc.clear();
      await qc.fetchQuery({ queryKey: keys.me, queryFn: () => get<Me>("/api/auth/me") });
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => post("/api/auth/logout"),
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(keys.me, null);
    },
  });
}

export function useSwitchAgency() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (agencyCode: string) =>
      post<z.infer<typeof switchAgencyAnswer>>("/api/auth/agency", { agencyCode }),
    onSuccess: () => qc.invalidateQueries(),
  });
}

export function useAgencies() {
  return useQuery({
    queryKey: keys.agencies,
    queryFn: async () => (await get<z.infer<typeof agenciesAnswer>>("/api/agencies")).agencies,
    staleTime: 5 * 60_000,
  });
}

export function useAgencyHistory(code: string | null) {
  return useQuery({
    queryKey: keys.history(code ?? ""),
    queryFn: async () =>
      (
        await get<z.infer<typeof agencyHistoryAnswer>>(
          `/api/agencies/${encodeURIComponent(code!)}/history`,
        )
      ).history,
    enabled: !!code,
  });
}

function useAgencyMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.agencies }),
  });
}

export const useCreateAgency = () =>
  useAgencyMutation((a: z.input<typeof newAgencyBody>) => post<Agency>("/api/agencies", a));

export const useRenameAgency = () =>
  useAgencyMutation((a: z.input<typeof renameAgencyBody> & { code: string }) =>
    post(`/api/agencies/${encodeURIComponent(a.code)}/rename`, {
      name: a.name,
      effectiveOn: a.effectiveOn,
      legalBasis: a.legalBasis,
    }),
  );

export const useMergeAgency = () =>
  useAgencyMutation((a: z.input<typeof mergeAgencyBody> & { code: string }) =>
    post(`/api/agencies/${encodeURIComponent(a.code)}/merge`, {
      into: a.into,
      effectiveOn: a.effectiveOn,
      legalBasis: a.legalBasis,
    }),
  );

export function useUsers() {
  return useQuery({
    queryKey: keys.users,
    queryFn: async () => (await get<z.infer<typeof usersAnswer>>("/api/users")).users,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (u: NewUser) => post<z.infer<typeof newUserAnswer>>("/api/users", u),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.users }),
  });
}

export function useRoles() {
  return useQuery({
    queryKey: keys.roles,
    queryFn: async () => (await get<z.infer<typeof rolesAnswer>>("/api/roles")).roles,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
