// The procedure catalogue: public search (accent-insensitive on the server) and details.
import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  procedureDetails,
  procedurePage,
  procedureSummary,
} from "../../../shared/contracts/catalog.ts";
import { get } from "./client.ts";

export type DurationUnit = z.infer<typeof procedureSummary>["duration"]["unit"];
export type ProcedureLevel = z.infer<typeof procedureSummary>["level"];
export type OnlineLevel = z.infer<typeof procedureSummary>["onlineLevel"];
export type Fee = z.infer<typeof procedureSummary>["fees"][number];
export type ProcedureSummary = z.infer<typeof procedureSummary>;
/** A version with the parts of the seven still missing and whether the steps fit the time. */
export type Procedure = z.infer<typeof procedureDetails>;
export type ProcedureComponent = Procedure["components"][number];
type ProcedurePage = z.infer<typeof procedurePage>;

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
      get<ProcedurePage>("/api/procedures", {
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
