// Received on the spot: who takes the first handling step, picked from the people of the unit
// holding it (GET /api/dossiers/intake-assignees). With one holder that one is preselected; with
// several the counter must choose (the server refuses a reception without a pick). Also the
// pick-list of a misrouted dossier re-routed to the competent agency.
import { useEffect } from "react";
import { useIntakePickList } from "../../api/dossiers.ts";
import { PickListSelect } from "../dossiers/AssigneePicker.tsx";

interface Props {
  procedure: string;
  agency: string | undefined;
  value: string;
  error?: string;
  onChange(id: string): void;
}

export function IntakeAssignee({ procedure, agency, value, error, onChange }: Props) {
  const q = useIntakePickList(procedure, agency);
  const people = q.data?.people ?? [];
  const only = people.length === 1 ? people[0].id : "";
  useEffect(() => {
    if (only && !value) onChange(only);
  }, [only, value, onChange]);
  return <PickListSelect q={q} value={value} error={error} onChange={onChange} />;
}
