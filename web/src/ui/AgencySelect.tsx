// A choice among the agencies in force (merged ones left out), with a first option for "none".
import type { ReactNode, SelectHTMLAttributes } from "react";
import { useAgencies } from "../api/identity.ts";
import { SelectField } from "./Field.tsx";

export function AgencySelect({
  none,
  ...field
}: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  required?: boolean;
  /** The first option's words (empty value). */
  none: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const agencies = useAgencies();
  return (
    <SelectField {...field}>
      <option value="">{none}</option>
      {(agencies.data ?? [])
        .filter((a) => !a.mergedInto)
        .map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
    </SelectField>
  );
}
