// The procedure's component list as a checklist: handed in, and digitised at the counter. After
// a look-up of the national population database, the papers it replaces are not asked for (the
// server records them as taken from the database: dossiers/population-data.ts).
import type { ProcedureComponent } from "../../api/catalog.ts";
import { useT } from "../../i18n/index.tsx";

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
  return (
    <>
      <table className="table checklist">
        <thead>
          <tr>
            <th scope="col">{t("catalog.component")}</th>
            <th scope="col">{t("intake.have")}</th>
            <th scope="col">{t("intake.digitized")}</th>
          </tr>
        </thead>
        <tbody>
          {components.map((c, i) => {
            const id = `comp-${i}`;
            const ch = checks[c.name] ?? { have: false, digitized: false };
            return (
              <tr
                key={c.name}
                className={
                  c.required && !ch.have && !taken(c, fromPopulation) ? "row-missing" : undefined
                }
              >
                <td id={`${id}-name`}>
                  {c.name}
                  {c.required && (
                    <span className="badge badge-neutral">{t("catalog.required")}</span>
                  )}
                  {taken(c, fromPopulation) && !ch.have && (
                    <span className="badge badge-info">{t("intake.fromPopulationData")}</span>
                  )}
                </td>
                <td>
                  <input
                    type="checkbox"
                    id={`${id}-have`}
                    aria-labelledby={`${id}-have-l ${id}-name`}
                    checked={ch.have}
                    onChange={(e) => set(c.name, "have", e.target.checked)}
                  />
                  <label id={`${id}-have-l`} htmlFor={`${id}-have`} className="sr-only">
                    {t("intake.have")}
                  </label>
                </td>
                <td>
                  <input
                    type="checkbox"
                    id={`${id}-dig`}
                    aria-labelledby={`${id}-dig-l ${id}-name`}
                    checked={ch.digitized}
                    onChange={(e) => set(c.name, "digitized", e.target.checked)}
                  />
                  <label id={`${id}-dig-l`} htmlFor={`${id}-dig`} className="sr-only">
                    {t("intake.digitized")}
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className={missing.length ? "alert alert-warn" : "alert alert-success"} aria-live="polite">
        {missing.length
          ? t("intake.missing", { n: missing.length, list: missing.join("; ") })
          : t("intake.complete")}
      </p>
    </>
  );
}
