// Where a dossier stands against its appointment: the server's one verdict (shared/timeliness.ts),
// given a colour for the work queue. The browser never judges lateness itself.
import type { Timeliness, Verdict } from "../../../../shared/timeliness.ts";

export type { Timeliness, Verdict };

export const TONE_CLASS: Record<Verdict, string> = {
  late: "tone-late",
  "finished-late": "tone-late",
  "late-apologised": "tone-soon",
  "finished-late-apologised": "tone-soon",
  "due-today": "tone-today",
  "due-soon": "tone-soon",
  "in-time": "tone-early",
  "on-time": "tone-early",
  paused: "tone-none",
  none: "tone-none",
};
