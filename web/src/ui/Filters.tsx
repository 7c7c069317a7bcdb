// The filter controls above a list: a labelled search landmark, the controls in a row.
import type { ReactNode } from "react";
import { useT } from "../i18n/index.tsx";
import { SelectField } from "./Field.tsx";

export function Filters({
  label,
  single,
  after,
  children,
}: {
  label?: string;
  /** One control, at its own width (no row); or rows of its own. */
  single?: boolean;
  /** Below the row of controls (a legend). */
  after?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <search className="card filters" aria-label={label ?? t("common.filters")}>
      {single ? children : <div className="row row-end">{children}</div>}
      {after}
    </search>
  );
}

/** A choice among listed items, each with its value and label; `empty` adds a first, empty option. */
/** keyOf and labelOf of a PickField over items with a code and a name (agencies). */
export const byCodeAndName = {
  keyOf: (a: { code: string; name: string }) => a.code,
  labelOf: (a: { code: string; name: string }) => a.name,
};

export function PickField<I>({
  label,
  value,
  onValue,
  items,
  keyOf,
  labelOf,
  empty,
  required,
  hint,
  error,
}: {
  label: string;
  value: string | number;
  onValue(v: string): void;
  items: readonly I[];
  keyOf(item: I): string | number;
  labelOf(item: I): ReactNode;
  empty?: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string | null;
}) {
  return (
    <SelectField
      label={label}
      hint={hint}
      error={error}
      value={value}
      required={required}
      onChange={(e) => onValue(e.target.value)}
    >
      {empty !== undefined && <option value="">{empty}</option>}
      {items.map((i) => (
        <option key={keyOf(i)} value={keyOf(i)}>
          {labelOf(i)}
        </option>
      ))}
    </SelectField>
  );
}

/** This year in Vietnam (UTC+7). */
export const thisYear = () => new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

/** Next year, this year and last year. */
export function YearField({ value, onValue }: { value: number; onValue(y: number): void }) {
  const t = useT();
  const y = thisYear();
  return (
    <PickField
      label={t("reform.year")}
      value={value}
      onValue={(v) => onValue(Number(v))}
      items={[y + 1, y, y - 1]}
      keyOf={(v) => v}
      labelOf={(v) => v}
    />
  );
}
