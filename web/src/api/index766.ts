// The Decision 766/QĐ-TTg service index: figures, what costs points, ranking, and the live stream.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { get, type Messages, withQuery } from "./client.ts";

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
  /** No dossier received or in handling: the band reads "no data". */
  noData: boolean;
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

/** A scored indicator's loss, largest first; at 0/0 when its data is missing. */
export interface IndicatorLoss {
  indicator: string;
  name: Messages;
  numerator: number;
  denominator: number;
  max: number;
  score: number;
  lost: number;
  missingData: boolean;
  advice: Messages;
  count: number;
  items: CostItem[];
}

export interface RankedUnit {
  /** Null for a unit with no dossier in the period. */
  rank: number | null;
  code: string;
  name: string;
  total: number;
  band: Messages;
  noData: boolean;
  change: number | null;
  trend: (number | null)[];
}

export interface AtRisk {
  code: string;
  dueAt: string;
  points: number;
}

export interface ProcedureFigures {
  code: string;
  name: string | null;
  averageHandling: {
    value: number;
    unit: string;
    finished: number;
    legal: { value: number; unit: string };
  } | null;
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
    queryFn: () =>
      get<{ indicators: IndicatorLoss[]; items: CostItem[] }>("/api/index/costs", { ...p! }),
    enabled: enabled && !!p?.unit,
    retry: false,
  });
}

export function useRanking(level: "department" | "commune", p: Period | null, enabled: boolean) {
  return useQuery({
    queryKey: ["index-ranking", level, p?.from, p?.to],
    queryFn: () =>
      get<{ units: RankedUnit[]; days: number; fewDays: boolean }>("/api/index/ranking", {
        level,
        from: p!.from,
        to: p!.to,
        periods: 6,
      }),
    enabled: enabled && !!p,
    retry: false,
  });
}

export function useForecast(unit: string | null, kind: "month" | "quarter" | "year") {
  return useQuery({
    queryKey: ["index-forecast", unit, kind],
    queryFn: () =>
      get<{ index: IndexResult; atRisk: AtRisk[]; asOf: string }>("/api/index/forecast", {
        unit: unit!,
        period: kind,
      }),
    enabled: !!unit,
    retry: false,
  });
}

export function useProcedureFigures(p: Period | null) {
  return useQuery({
    queryKey: ["index-procedures", p?.unit, p?.from, p?.to],
    queryFn: () => get<{ procedures: ProcedureFigures[] }>("/api/index/procedures", { ...p! }),
    enabled: !!p?.unit,
    retry: false,
  });
}

/** The Excel workbook of the index, its losses and the ranking, for the unit and period. */
export const indexXlsxUrl = (p: Period) => withQuery("/api/index.xlsx", { ...p });

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
