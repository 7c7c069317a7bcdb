// The working calendar: days off and make-up working days of a year (with their source and
// status), and office hours per agency. Every change is a new calendar version on the server.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { del, get, type Messages, post, put } from "./client.ts";

export interface CalendarDay {
  /** Present once the year is held in the database (absent on the built-in proposal). */
  id?: number;
  date: string;
  kind: "day-off" | "working-day";
  name: Messages;
  status: "provisional" | "confirmed";
  source: {
    basis: string;
    origin: "official" | "assumed" | "statutory";
    notice?: { number: string; date: string; title: string };
    note?: string;
  };
}

export interface CalendarYear {
  year: number;
  version: number;
  /** false: the statutory proposal, not yet held (days have no id until the first change). */
  held: boolean;
  status?: "provisional" | "confirmed";
  days: CalendarDay[];
}

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: ["calendar", year],
    queryFn: () => get<CalendarYear>(`/api/calendar/years/${year}`),
  });
}

export interface NewDay {
  date: string;
  kind: "day-off" | "working-day";
  nameVi: string;
  nameEn: string;
  basis: string;
  notice?: { number: string; date: string; title: string };
  status: "provisional" | "confirmed";
}

function useCalendarMutation<I>(fn: (i: I) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: ["calendar"] }),
  });
}

export const useAddDay = () => useCalendarMutation((d: NewDay) => post("/api/calendar/days", d));
/** Basis and effective date, required for a day of a rule decided but not yet law. */
export interface ConfirmBasis {
  basis: string;
  effectiveFrom: string;
}
export const useConfirmDay = () =>
  useCalendarMutation(({ id, basis }: { id: number; basis?: ConfirmBasis }) =>
    post(`/api/calendar/days/${id}/confirm`, basis),
  );
export const useRemoveDay = () =>
  useCalendarMutation((id: number) => del(`/api/calendar/days/${id}`));

export interface OfficeHoursInput {
  agency: string | null;
  validFrom: string;
  sessions: { start: number; end: number }[];
  weekdays: number[];
  sameDayCutoff: number;
}

export const useSetOfficeHours = () =>
  useCalendarMutation((h: OfficeHoursInput) =>
    put<{ version: number }>("/api/calendar/office-hours", h),
  );
