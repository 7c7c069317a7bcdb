// Identity: the signed-in user, sessions, agencies, users and roles.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, get, post, setCsrfToken } from "./client.ts";

export type Role =
  | "applicant"
  | "reception"
  | "handler"
  | "leader"
  | "head"
  | "center_manager"
  | "control_officer"
  | "home_affairs"
  | "inspector"
  | "admin";

export interface Grant {
  role: Role;
  agencyCode: string;
  agencyName: string;
  roleName: string;
}

export interface Me {
  userId: string;
  username: string;
  fullName: string;
  activeAgency: string | null;
  csrfToken?: string;
  grants: Grant[];
}

export type AgencyLevel = "province" | "department" | "commune" | "center" | "vertical";

export interface Agency {
  code: string;
  name: string;
  parentCode: string | null;
  level: AgencyLevel;
  validFrom: string;
  validTo: string | null;
  mergedInto: string | null;
}

export interface UserRow {
  id: string;
  username: string;
  fullName: string;
  active: boolean;
  grants: { role: Role; agencyCode: string }[];
}

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
    mutationFn: (input: { username: string; password: string }) =>
      post<{ csrfToken: string }>("/api/auth/login", input),
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
    mutationFn: (agencyCode: string) => post("/api/auth/agency", { agencyCode }),
    onSuccess: () => qc.invalidateQueries(),
  });
}

export function useAgencies() {
  return useQuery({
    queryKey: keys.agencies,
    queryFn: async () => (await get<{ agencies: Agency[] }>("/api/agencies")).agencies,
    staleTime: 5 * 60_000,
  });
}

export interface AgencyChange {
  change: "created" | "renamed" | "merged";
  effectiveOn: string;
  oldValue: string | null;
  newValue: string | null;
  legalBasis: string | null;
}

export function useAgencyHistory(code: string | null) {
  return useQuery({
    queryKey: keys.history(code ?? ""),
    queryFn: async () =>
      (await get<{ history: AgencyChange[] }>(`/api/agencies/${encodeURIComponent(code!)}/history`))
        .history,
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
  useAgencyMutation(
    (a: {
      code: string;
      name: string;
      parentCode: string | null;
      level: AgencyLevel;
      validFrom?: string;
    }) => post<Agency>("/api/agencies", a),
  );

export const useRenameAgency = () =>
  useAgencyMutation((a: { code: string; name: string; effectiveOn: string; legalBasis?: string }) =>
    post(`/api/agencies/${encodeURIComponent(a.code)}/rename`, {
      name: a.name,
      effectiveOn: a.effectiveOn,
      legalBasis: a.legalBasis,
    }),
  );

export const useMergeAgency = () =>
  useAgencyMutation((a: { code: string; into: string; effectiveOn: string; legalBasis?: string }) =>
    post(`/api/agencies/${encodeURIComponent(a.code)}/merge`, {
      into: a.into,
      effectiveOn: a.effectiveOn,
      legalBasis: a.legalBasis,
    }),
  );

export function useUsers() {
  return useQuery({
    queryKey: keys.users,
    queryFn: async () => (await get<{ users: UserRow[] }>("/api/users")).users,
  });
}

export interface NewUser {
  username: string;
  fullName: string;
  password: string;
  email?: string;
  phone?: string;
  grants: { role: Role; agencyCode: string }[];
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (u: NewUser) => post<UserRow>("/api/users", u),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.users }),
  });
}

export function useRoles() {
  return useQuery({
    queryKey: keys.roles,
    queryFn: async () =>
      (await get<{ roles: { id: Role; vi: string; en: string }[] }>("/api/roles")).roles,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
