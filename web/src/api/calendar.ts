// The working calendar: days off and make-up working days of a year (with their source and
// status), and office hours per agency. Every change is a new calendar version on the server.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type * as contract from "../../../shared/contracts/calendar.ts";
import { del, get, post, put } from "./client.ts";

export type CalendarYear = z.infer<typeof contract.calendarYearAnswer>;
export type CalendarDay = CalendarYear["days"][number];

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: ["calendar", year],
    queryFn: () => get<CalendarYear>(`/api/calendar/years/${year}`),
  });
}

export type NewDay = z.input<typeof contract.newDayBody>;

function useCalendarMutation<I>(fn: (i: I) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: ["calendar"] }),
  });
}

export const useAddDay = () => useCalendarMutation((d: NewDay) => post("/api/calendar/days", d));
/** Basis and effective date, required for a day of a rule decided but not yet law. */
export type ConfirmBasis = Required<Pick<NonNullable<ConfirmDayBody>, "basis" | "effectiveFrom">>;
type ConfirmDayBody = z.input<typeof contract.confirmDayBody>;
export const useConfirmDay = () =>
  useCalendarMutation(({ id, basis }: { id: number; basis?: ConfirmBasis }) =>
    post(`/api/calendar/days/${id}/confirm`, basis),
  );
export const useRemoveDay = () =>
  useCalendarMutation((id: number) => del(`/api/calendar/days/${id}`));

export type OfficeHoursInput = z.input<typeof contract.officeHoursBody>;

export const useSetOfficeHours = () =>
  useCalendarMutation((h: OfficeHoursInput) =>
    put<z.infer<typeof contract.officeHoursAnswer>>("/api/calendar/office-hours", h),
  );
