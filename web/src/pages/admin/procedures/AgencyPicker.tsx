// The competent agencies of a procedure: a filterable list of checkboxes (codes sent to the server).
import { useId, useState } from "react";
import { useAgencies } from "../../../api/identity.ts";
import { useI18n } from "../../../i18n/index.tsx";
import { SearchField } from "../../../ui/Field.tsx";
import { fold } from "../../../ui/fold.ts";

export function AgencyPicker({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange(v: string[]): void;
  error: string | null;
}) {
  const { t } = useI18n();
  const id = useId();
  const agencies = useAgencies();
  const [filter, setFilter] = useState("");
  const f = fold(filter.trim());
  const list = (agencies.data ?? []).filter(
    (a) =>
      !a.mergedInto && (!f || fold(`${a.name} ${a.code}`).includes(f) || value.includes(a.code)),
  );
  return (
    <fieldset className="fieldset" aria-describedby={error ? `${id}-err` : undefined}>
      <legend>{t("proc.agencies", { n: value.length })}</legend>
      <SearchField label={t("agency.filter")} value={filter} onValue={setFilter} />
      <ul className="pick-box">
        {list.map((a) => (
          <li key={a.code} className="check">
            <input
              type="checkbox"
              id={`${id}-${a.code}`}
              checked={value.includes(a.code)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, a.code] : value.filter((c) => c !== a.code))
              }
            />
            <label htmlFor={`${id}-${a.code}`}>
              {a.name} <code>{a.code}</code>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p className="field-error" id={`${id}-err`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
