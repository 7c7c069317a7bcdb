// The counter's warning lines (uncollected results, online reception wait), for the administrator:
// the value in force, its basis and history; a change from an effective date.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { get, type Messages, post } from "./client.ts";

export type WatchRuleName = "uncollected-result" | "online-reception";
export type WatchUnit = "working-days" | "working-hours";

export interface WatchRuleVersion {
  threshold: number;
  unit: WatchUnit;
  effectiveFrom: string;
  basis: string;
  reason: string | null;
  changedBy: string | null;
  changedAt: string | null;
}

export interface WatchRuleView {
  rule: WatchRuleName;
  name: Messages;
  current: WatchRuleVersion | null;
  history: WatchRuleVersion[];
}

export interface WatchRuleChange {
  threshold: number;
  unit: WatchUnit;
  effectiveFrom: string;
  basis: string;
  reason: string;
}

export function useWatchRules() {
  return useQuery({
    queryKey: ["watch-rules"],
    queryFn: () => get<{ rules: WatchRuleView[] }>("/api/admin/watch-rules"),
  });
}

export function useChangeWatchRule(rule: WatchRuleName) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: WatchRuleChange) =>
      post<{ rule: WatchRuleView }>(`/api/admin/watch-rules/${rule}`, c),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["watch-rules"] }),
  });
}
