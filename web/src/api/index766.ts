// The Decision 766/QĐ-TTg service index: figures, what costs points, ranking, and the live stream.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { get, type Messages } from "./client.ts";

export interface IndexResult {
  unit: string;
  from: string;
  to: string;
  total: number;
  groups: { id: string; max: number; score: number }[];
  indicators: {
    id: string;
    numerator: number;
    denominator: number;
    rate: number | null;
    max: number;
    score: number;
  }[];
  band: Messages;
  names: { unit: string; groups: Record<string, Messages>; indicators: Record<string, Messages> };
}

export interface CostItem {
  indicator: string;
  indicatorName?: Messages;
  kind: "dossier" | "procedure" | "complaint";
  code: string;
  vi: string;
  en: string;
  points: number;
}

export interface RankedUnit {
  rank: number;
  code: string;
  name: string;
  total: number;
  band: Messages;
  change: number | null;
  trend: number[];
}

export interface Period {
  unit: string;
  from: string;
  to: string;
}

const key = (p: Period) => ["index", p.unit, p.from, p.to] as const;

export function useIndex(p: Period | null) {
  return useQuery({
    queryKey: key(p ?? { unit: "", from: "", to: "" }),
    queryFn: () => get<IndexResult>("/api/index", { ...p! }),
    enabled: !!p?.unit,
  });
}

export function useCosts(p: Period | null, enabled: boolean) {
  return useQuery({
    queryKey: ["index-costs", p?.unit, p?.from, p?.to],
    queryFn: () => get<{ items: CostItem[] }>("/api/index/costs", { ...p! }),
    enabled: enabled && !!p?.unit,
    retry: false,
  });
}

export function useRanking(level: "department" | "commune", p: Period | null, enabled: boolean) {
  return useQuery({
    queryKey: ["index-ranking", level, p?.from, p?.to],
    queryFn: () =>
      get<{ units: RankedUnit[] }>("/api/index/ranking", {
        level,
        from: p!.from,
        to: p!.to,
        periods: 6,
      }),
    enabled: enabled && !!p,
    retry: false,
  });
}

export type LiveState = "connecting" | "live" | "retrying";

/** Keeps the index query fresh from the server-sent events stream; returns the connection state. */
export function useLiveIndex(p: Period | null): { state: LiveState; at: number | null } {
  const qc = useQueryClient();
  const [state, setState] = useState<LiveState>("connecting");
  const [at, setAt] = useState<number | null>(null);
  const unit = p?.unit;
  const from = p?.from;
  const to = p?.to;
  useEffect(() => {
    if (!unit || !from || !to) return;
    const es = new EventSource(`/api/index/stream?${new URLSearchParams({ unit, from, to })}`);
    setState("connecting");
    es.addEventListener("index", (e) => {
      qc.setQueryData(key({ unit, from, to }), JSON.parse((e as MessageEvent).data) as IndexResult);
      setState("live");
      setAt(Date.now());
    });
    es.onerror = () => setState("retrying");
    return () => es.close();
  }, [qc, unit, from, to]);
  return { state, at };
}
