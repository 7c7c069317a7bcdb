// Identity: the signed-in user, sessions, agencies, users and roles.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type * as contract from "../../../shared/contracts/identity.ts";
import { ApiError, get, post, setCsrfToken } from "./client.ts";

export type Role = (typeof contract.ROLES)[number];
export type Me = z.infer<typeof contract.meAnswer>;
export type Grant = Me["grants"][number];
export type AgencyLevel = (typeof contract.AGENCY_LEVELS)[number];
export type Agency = z.infer<typeof contract.agency>;
export type UserRow = z.infer<typeof contract.userRow>;
export type AgencyChange = z.infer<typeof contract.agencyHistoryAnswer>["history"][number];
export type NewUser = z.input<typeof contract.newUserBody>;

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
    mutationFn: (input: z.input<typeof contract.loginBody>) =>
      post<z.infer<typeof contract.loginAnswer>>("/api/auth/login", input),
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
      post<z.infer<typeof contract.switchAgencyAnswer>>("/api/auth/agency", { agencyCode }),
    onSuccess: () => qc.invalidateQueries(),
  });
}

export function useAgencies() {
  return useQuery({
    queryKey: keys.agencies,
    queryFn: async () =>
      (await get<z.infer<typeof contract.agenciesAnswer>>("/api/agencies")).agencies,
    staleTime: 5 * 60_000,
  });
}

export function useAgencyHistory(code: string | null) {
  return useQuery({
    queryKey: keys.history(code ?? ""),
    queryFn: async () =>
      (
        await get<z.infer<typeof contract.agencyHistoryAnswer>>(
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
  useAgencyMutation((a: z.input<typeof contract.newAgencyBody>) =>
    post<Agency>("/api/agencies", a),
  );

/** A change of one agency: its code in the path, the rest as the body. */
type OfAgency<T extends z.ZodType> = z.input<T> & { code: string };

export const useRenameAgency = () =>
  useAgencyMutation(({ code, ...body }: OfAgency<typeof contract.renameAgencyBody>) =>
    post(`/api/agencies/${encodeURIComponent(code)}/rename`, body),
  );

export const useMergeAgency = () =>
  useAgencyMutation(({ code, ...body }: OfAgency<typeof contract.mergeAgencyBody>) =>
    post(`/api/agencies/${encodeURIComponent(code)}/merge`, body),
  );

export function useUsers() {
  return useQuery({
    queryKey: keys.users,
    queryFn: async () => (await get<z.infer<typeof contract.usersAnswer>>("/api/users")).users,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (u: NewUser) => post<z.infer<typeof contract.newUserAnswer>>("/api/users", u),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.users }),
  });
}

export function useRoles() {
  return useQuery({
    queryKey: keys.roles,
    queryFn: async () => (await get<z.infer<typeof contract.rolesAnswer>>("/api/roles")).roles,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
