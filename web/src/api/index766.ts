// The Decision 766/QĐ-TTg service index: figures, what costs points, ranking, and the live stream.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { z } from "zod";
import type {
  costsResponse,
  forecastResponse,
  indexResponse,
  proceduresResponse,
  rankingResponse,
} from "../../../shared/contracts/quality-index.ts";
import { get, withQuery } from "./client.ts";

export type IndexResult = z.infer<typeof indexResponse>;
type Costs = z.infer<typeof costsResponse>;
/** A scored indicator's loss, largest first; at 0/0 when its data is missing. */
export type IndicatorLoss = Costs["indicators"][number];
/** One dossier, procedure or complaint that cost points (named by its indicator in the flat list). */
export type CostItem = IndicatorLoss["items"][number] & {
  indicatorName?: Costs["items"][number]["indicatorName"];
};
type Ranking = z.infer<typeof rankingResponse>;
export type RankedUnit = Ranking["units"][number];
type Forecast = z.infer<typeof forecastResponse>;
export type AtRisk = Forecast["atRisk"][number];
type Procedures = z.infer<typeof proceduresResponse>;
export type ProcedureFigures = Procedures["procedures"][number];

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
    queryFn: () => get<Costs>("/api/index/costs", { ...p! }),
    enabled: enabled && !!p?.unit,
    retry: false,
  });
}

export function useRanking(level: "department" | "commune", p: Period | null, enabled: boolean) {
  return useQuery({
    queryKey: ["index-ranking", level, p?.from, p?.to],
    queryFn: () =>
      get<Ranking>("/api/index/ranking", {
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
      get<Forecast>("/api/index/forecast", {
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
    queryFn: () => get<Procedures>("/api/index/procedures", { ...p! }),
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
