// How long an evaluation stays editable: a few days after it is first given. Assumed (no legal
// text found): 3 working days by default, configurable as any calendar unit (e.g. 7 "days").
import { type Calendar, dueAt, type Unit } from "../../calendar/index.ts";

export interface EditWindow {
  amount: number;
  unit: Extract<Unit, "working-days" | "days">;
}

export const DEFAULT_EDIT_WINDOW: EditWindow = { amount: 3, unit: "working-days" };

export function editableUntil(givenAt: Date, window: EditWindow, cal: Calendar): Date {
  return dueAt(givenAt, window.amount, window.unit, cal);
}
