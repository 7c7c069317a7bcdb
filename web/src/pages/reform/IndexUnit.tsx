// A unit's reform index for a year: every sub-criterion with its points and where they come from
// (the system's figure, the final, appraised or self score), the deductions with their
// computation, and the step of the cycle the user may take (self-assessment, appraisal,
// response, final scores).
import { useMe } from "../../api/identity.ts";
import { type UnitIndex, useUnitIndex } from "../../api/reform.ts";
import { number } from "../../i18n/format.ts";
import { type Key, useI18n } from "../../i18n/index.tsx";
import { useLocation } from "../../router.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { thisYear } from "../../ui/Filters.tsx";
import { Page } from "../../ui/Page.tsx";
import { Loading } from "../../ui/Status.tsx";
import { CycleForm, stepFor } from "./CycleForm.tsx";

export default function IndexUnit({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const year = Number(useLocation().query.get("nam")) || thisYear();
  const q = useUnitIndex(year, params.agency);
  const me = useMe().data;
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => q.refetch()} />;
  const u = q.data;
  const step = stepFor(u, me?.grants ?? []);
  return (
    <Page
      title={`${t("reform.index.title")} ${year} — ${u.name}`}
      lead={t("reform.index.unitLead", {
        total: number(lang, u.total, 2),
        rank: u.rank,
        of: u.of,
        stage: t(`reform.stage.${u.stage}` as Key),
      })}
      back={{ to: "/cai-cach/chi-so", label: t("reform.index.ranking") }}
    >
      {u.result.deductions.length > 0 && (
        <section className="alert alert-warn" aria-label={t("reform.deductions")}>
          <p className="alert-title">{t("reform.deductions")}</p>
          <ul>
            {u.result.deductions.map((d) => (
              <li key={d.rule} data-testid="deduction">
                {d[lang]}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Areas u={u} />
      {step && <CycleForm u={u} step={step} year={year} />}
    </Page>
  );
}

function Areas({ u }: { u: UnitIndex }) {
  const { t, lang } = useI18n();
  const bySub = new Map(u.result.subs.map((s) => [s.code, s]));
  return (
    <>
      {u.areas.map((a) => (
        <section key={a.code} className="card" aria-labelledby={`area-${a.code}`}>
          <h2 id={`area-${a.code}`} className="card-title">
            {a.code}. {a.name} — {number(lang, u.result.areas[a.code] ?? 0, 2)} /{" "}
            {number(lang, a.max, 2)}
          </h2>
          <table className="table">
            <thead>
              <tr>
                <th>{t("reform.sub")}</th>
                <th className="num">{t("reform.max")}</th>
                <th className="num">{t("reform.points")}</th>
                <th>{t("reform.source")}</th>
              </tr>
            </thead>
            <tbody>
              {a.criteria.flatMap((c) =>
                c.subs.map((s) => {
                  const r = bySub.get(s.code);
                  const e = u.entered[s.code];
                  const f = r?.figure;
                  return (
                    <tr key={s.code} data-sub={s.code}>
                      <td>
                        {s.code} {s.name}
                        {e?.appraisalReason && (
                          <div className="muted">
                            {t("reform.appraisalReason")}: {e.appraisalReason}
                          </div>
                        )}
                        {e?.response && (
                          <div className="muted">
                            {t("reform.response")}: {e.response}
                          </div>
                        )}
                      </td>
                      <td className="num">{number(lang, s.max, 2)}</td>
                      <td className="num">{number(lang, r?.points ?? 0, 2)}</td>
                      <td>
                        {t(`reform.source.${r?.source ?? "none"}` as Key)}
                        {f &&
                          ` — ${u.measures[f.measure]?.[lang] ?? f.measure}: ${f.numerator}/${f.denominator}${
                            f.value === null
                              ? ` (${t("reform.nothingToCount")})`
                              : ` = ${number(lang, f.value * 100, 1)}%`
                          }`}
                      </td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
