// The procedure catalogue: public search (accent-insensitive on the server) and details.
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { get } from "./client.ts";
import type { Role } from "./identity.ts";

export type DurationUnit = "working-days" | "working-hours" | "days" | "months" | "same-day";
export type ProcedureLevel =
  | "central"
  | "province"
  | "department"
  | "commune"
  | "center"
  | "vertical";
export type OnlineLevel = "full" | "partial" | "none";

export interface Fee {
  name: string;
  amount: number;
}

export interface ProcedureSummary {
  code: string;
  name: string;
  field: string;
  level: ProcedureLevel;
  agencies: string[];
  duration: { value: number; unit: DurationUnit };
  fees: Fee[];
  onlineLevel: OnlineLevel;
  fullOnlineEligible: boolean;
  version: number;
  validFrom: string;
}

export interface ProcedureComponent {
  name: string;
  required: boolean;
  originals?: number;
  copies?: number;
  form?: string;
  /** Not asked for when the applicant's data comes from the national population database. */
  replacedByPopulationData?: boolean;
}

export interface Procedure extends ProcedureSummary {
  sequence: string[];
  methods: ("counter" | "online" | "postal")[];
  components: ProcedureComponent[];
  sets: number | null;
  applicantTypes: string[];
  resultIsDocument: boolean;
  /** The handling clock pauses while requested fees or taxes are awaited. */
  pauseWhileFeesDue?: boolean;
  result: string | null;
  legalBasis: string[];
  forms: { name: string; code?: string; url?: string }[];
  eForm: Record<string, unknown> | null;
  steps: { name: string; role: Role; agency?: string; hours: number }[];
  sevenPartsMissing?: string[];
}

export interface ProcedureFilter {
  q?: string;
  field?: string;
  level?: ProcedureLevel;
  agency?: string;
  onlineLevel?: OnlineLevel;
}

export function useProcedureSearch(filter: ProcedureFilter, limit = 20) {
  return useInfiniteQuery({
    queryKey: ["procedures", filter, limit],
    queryFn: ({ pageParam }) =>
      get<{ items: ProcedureSummary[]; nextCursor: string | null }>("/api/procedures", {
        ...filter,
        limit,
        cursor: pageParam ?? undefined,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function useProcedure(code: string | null) {
  return useQuery({
    queryKey: ["procedure", code],
    queryFn: () => get<Procedure>(`/api/procedures/${encodeURIComponent(code!)}`),
    enabled: !!code,
    staleTime: 10 * 60_000,
  });
}
