// The counter's warning lines (uncollected results, online reception wait), for the administrator:
// the value in force, its basis and history; a change from an effective date.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  watchRuleAdminView,
  watchRuleChange,
  watchRuleChanged,
  watchRuleList,
} from "../../../shared/contracts/dossiers.ts";
import { get, post } from "./client.ts";

export type WatchRuleView = z.infer<typeof watchRuleAdminView>;
export type WatchRuleName = WatchRuleView["rule"];
export type WatchRuleVersion = WatchRuleView["history"][number];
export type WatchUnit = WatchRuleVersion["unit"];
export type WatchRuleChange = z.input<typeof watchRuleChange>;

export function useWatchRules() {
  return useQuery({
    queryKey: ["watch-rules"],
    queryFn: () => get<z.infer<typeof watchRuleList>>("/api/admin/watch-rules"),
  });
}

export function useChangeWatchRule(rule: WatchRuleName) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: WatchRuleChange) =>
      post<z.infer<typeof watchRuleChanged>>(`/api/admin/watch-rules/${rule}`, c),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["watch-rules"] }),
  });
}
