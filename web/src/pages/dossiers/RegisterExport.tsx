// The dossier register (Sổ theo dõi hồ sơ, Form 07 of Circular 03/2025/TT-VPCP) of one of the
// officer's units for a month or a year, as the printed PDF or as Excel.
import { useState } from "react";
import { registerUrl } from "../../api/dossiers.ts";
import { useMe } from "../../api/identity.ts";
import { useT } from "../../i18n/index.tsx";
import { SelectField } from "../../ui/Field.tsx";

const p2 = (n: number) => String(n).padStart(2, "0");

/** This month and the eleven before it, then this year and last year (Vietnam dates). */
function periods(now: Date, yearLabel: (y: number) => string) {
  const vn = new Date(now.getTime() + 7 * 3_600_000);
  const y = vn.getUTCFullYear();
  const m = vn.getUTCMonth();
  const out: { from: string; to: string; label: string }[] = [];
  for (let i = 0; i < 12; i++) {
    const first = new Date(Date.UTC(y, m - i, 1));
    const last = new Date(Date.UTC(y, m - i + 1, 0));
    const ym = `${first.getUTCFullYear()}-${p2(first.getUTCMonth() + 1)}`;
    out.push({
      from: `${ym}-01`,
      to: `${ym}-${p2(last.getUTCDate())}`,
      label: `${p2(first.getUTCMonth() + 1)}/${first.getUTCFullYear()}`,
    });
  }
  for (const year of [y, y - 1])
    out.push({ from: `${year}-01-01`, to: `${year}-12-31`, label: yearLabel(year) });
  return out;
}

export function RegisterExport() {
  const t = useT();
  const me = useMe().data;
  const units = [
    ...new Map(
      (me?.grants ?? []).filter((g) => g.agencyCode).map((g) => [g.agencyCode!, g.agencyName]),
    ).entries(),
  ];
  const options = periods(new Date(), (y) => t("register.year", { y }));
  const [unit, setUnit] = useState(me?.activeAgency ?? units[0]?.[0] ?? "");
  const [period, setPeriod] = useState(0);
  if (!units.length) return null;
  const p = options[period];
  return (
    <section className="card" aria-labelledby="register-h">
      <h2 id="register-h">{t("register.title")}</h2>
      <p className="hint">{t("register.lead")}</p>
      <div className="row row-end">
        {units.length > 1 && (
          <SelectField label={t("register.unit")} value={unit} onValue={setUnit}>
            {units.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          label={t("register.period")}
          value={String(period)}
          onValue={(v) => setPeriod(Number(v))}
        >
          {options.map((o, i) => (
            <option key={o.from + o.to} value={i}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <a
          className="btn btn-secondary"
          href={registerUrl(unit, p.from, p.to, "pdf")}
          target="_blank"
          rel="noopener"
        >
          {t("register.pdf")}
        </a>
        <a className="btn btn-secondary" href={registerUrl(unit, p.from, p.to, "xlsx")} download>
          {t("register.excel")}
        </a>
      </div>
    </section>
  );
}
