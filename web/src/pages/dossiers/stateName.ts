// State names for lists that carry only the state id (the queue); the dossier view carries its
// own names from the server. The names are the server's own (shared/dossier-states.ts).
import { STATE_NAMES } from "../../../../shared/dossier-states.ts";
import type { State } from "../../api/dossiers.ts";
import { useI18n } from "../../i18n/index.tsx";

export function useStateName() {
  const { lang } = useI18n();
  return (s: State) => STATE_NAMES[s]?.[lang] ?? s;
}
