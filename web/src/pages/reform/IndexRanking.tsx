// The reform index of a year: the ranking of departments and communes, with the stage of each
// unit's cycle and the deductions applied; managers recompute it.
import { useState } from "react";
import { useMe } from "../../api/identity.ts";
import { unitOverviewPath, useIndexRanking, useRecompute } from "../../api/reform.ts";
import { number } from "../../i18n/format.ts";
import { type Key, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { SelectField } from "../../ui/Field.tsx";
import { Page } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";

export const thisYear = () => new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
const MANAGERS = new Set(["home_affairs", "control_officer"]);

export default function IndexRanking() {
  const { t, lang } = useI18n();
  const me = useMe().data;
  const [year, setYear] = useState(thisYear());
  const [level, setLevel] = useState("department");
  const q = useIndexRanking(year, level);
  const recompute = useRecompute(year);
  const manager = me?.grants.some((g) => MANAGERS.has(g.role)) ?? false;
  return (
    <Page
      title={t("reform.index.title")}
      lead={t("reform.index.lead")}
      actions={
        <>
          <Link to={`/cai-cach/tieu-chi?nam=${year}`} className="btn btn-ghost">
            {t("criteria.link")}
          </Link>
          {manager && (
            <Button
              variant="secondary"
              busy={recompute.isPending}
              onClick={() => recompute.mutate()}
            >
              {t("reform.index.recompute")}
            </Button>
          )}
        </>
      }
    >
      <search className="card filters" aria-label={t("common.filters")}>
        <div className="row row-end">
          <SelectField
            label={t("reform.year")}
            value={String(year)}
            onChange={(e) => setYear(Number(e.target.value))}
          >
            {[0, 1, 2].map((k) => (
              <option key={k} value={thisYear() - k}>
                {thisYear() - k}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("agency.level")}
            value={level}
            onChange={(e) => setLevel(e.target.value)}
          >
            <option value="department">{t("agency.level.department")}</option>
            <option value="commune">{t("agency.level.commune")}</option>
          </SelectField>
        </div>
      </search>
      <ErrorBox error={recompute.error} />
      {recompute.data && (
        <p className="muted" role="status">
          {t("reform.index.recomputed", { n: recompute.data.units, ms: recompute.data.ms })}
        </p>
      )}
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
      ) : q.data.units.length === 0 ? (
        <Empty>{t("reform.index.none")}</Empty>
      ) : (
        <table className="table" aria-label={t("reform.index.ranking")}>
          <thead>
            <tr>
              <th>{t("reform.rank")}</th>
              <th>{t("reform.unit")}</th>
              <th className="num">{t("reform.total")}</th>
              <th>{t("reform.stage")}</th>
              <th>{t("reform.deductions")}</th>
              <th>{t("overview.open")}</th>
            </tr>
          </thead>
          <tbody>
            {q.data.units.map((u) => (
              <tr key={u.code}>
                <td>{u.rank}</td>
                <td>
                  <Link to={`/cai-cach/chi-so/${encodeURIComponent(u.code)}?nam=${year}`}>
                    {u.name}
                  </Link>
                </td>
                <td className="num">{number(lang, u.total, 2)}</td>
                <td>{t(`reform.stage.${u.stage}` as Key)}</td>
                <td>
                  {u.deductions.map((d) => (
                    <span key={d.rule} className="badge badge-late" title={d[lang]}>
                      −{number(lang, d.points, 2)}
                    </span>
                  ))}
                </td>
                <td>
                  <Link
                    to={unitOverviewPath(u.code, year)}
                    aria-label={`${t("overview.open")}: ${u.name}`}
                  >
                    {t("overview.open")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
