// The procedure's component list as a checklist: handed in, and digitised at the counter. After
// a look-up of the national population database, the papers it replaces are not asked for (the
// server records them as taken from the database: dossiers/population-data.ts).
import type { ProcedureComponent } from "../../api/catalog.ts";
import { useT } from "../../i18n/index.tsx";
import { PlainTable } from "../../ui/Table.tsx";

export interface Check {
  have: boolean;
  digitized: boolean;
}

export function missingOf(
  components: ProcedureComponent[],
  checks: Record<string, Check>,
  fromPopulation = false,
): string[] {
  return components
    .filter((c) => c.required && !checks[c.name]?.have && !taken(c, fromPopulation))
    .map((c) => c.name);
}

const taken = (c: ProcedureComponent, fromPopulation: boolean) =>
  fromPopulation && !!c.replacedByPopulationData;

export function ComponentChecklist({
  components,
  checks,
  onChange,
  fromPopulation = false,
}: {
  components: ProcedureComponent[];
  checks: Record<string, Check>;
  onChange(c: Record<string, Check>): void;
  /** The applicant's data came from a look-up of the national population database. */
  fromPopulation?: boolean;
}) {
  const t = useT();
  const set = (name: string, k: keyof Check, v: boolean) => {
    const cur = checks[name] ?? { have: false, digitized: false };
    const next = { ...cur, [k]: v };
    if (k === "digitized" && v) next.have = true;
    if (k === "have" && !v) next.digitized = false;
    onChange({ ...checks, [name]: next });
  };
  const missing = missingOf(components, checks, fromPopulation);
  const check = (c: ProcedureComponent) => checks[c.name] ?? { have: false, digitized: false };
  return (
    <>
      <PlainTable
        className="checklist"
        rows={components}
        rowKey={(c) => c.name}
        rowClass={(c) =>
          c.required && !check(c).have && !taken(c, fromPopulation) ? "row-missing" : undefined
        }
        columns={[
          {
            header: t("catalog.component"),
            cell: (c, i) => (
              <span id={`comp-${i}-name`}>
                {c.name}
                {c.required && <span className="badge badge-neutral">{t("catalog.required")}</span>}
                {taken(c, fromPopulation) && !check(c).have && (
                  <span className="badge badge-info">{t("intake.fromPopulationData")}</span>
                )}
              </span>
            ),
          },
          {
            header: t("intake.have"),
            cell: (c, i) => (
              <Tick
                id={`comp-${i}`}
                part="have"
                label={t("intake.have")}
                checked={check(c).have}
                onCheck={(v) => set(c.name, "have", v)}
              />
            ),
          },
          {
            header: t("intake.digitized"),
            cell: (c, i) => (
              <Tick
                id={`comp-${i}`}
                part="dig"
                label={t("intake.digitized")}
                checked={check(c).digitized}
                onCheck={(v) => set(c.name, "digitized", v)}
              />
            ),
          },
        ]}
      />
      <p className={missing.length ? "alert alert-warn" : "alert alert-success"} aria-live="polite">
        {missing.length
          ? t("intake.missing", { n: missing.length, list: missing.join("; ") })
          : t("intake.complete")}
      </p>
    </>
  );
}

/** A check box named by its column and its row (the component's name). */
function Tick({
  id,
  part,
  label,
  checked,
  onCheck,
}: {
  id: string;
  part: string;
  label: string;
  checked: boolean;
  onCheck(v: boolean): void;
}) {
  return (
    <>
      <input
        type="checkbox"
        id={`${id}-${part}`}
        aria-labelledby={`${id}-${part}-l ${id}-name`}
        checked={checked}
        onChange={(e) => onCheck(e.target.checked)}
      />
      <label id={`${id}-${part}-l`} htmlFor={`${id}-${part}`} className="sr-only">
        {label}
      </label>
    </>
  );
}
