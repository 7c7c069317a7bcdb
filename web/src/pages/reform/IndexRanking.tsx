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
import { ChoiceField } from "../../ui/Field.tsx";
import { Filters, PickField, thisYear } from "../../ui/Filters.tsx";
import { Page } from "../../ui/Page.tsx";
import { QueryState } from "../../ui/QueryState.tsx";
import { PlainTable } from "../../ui/Table.tsx";

const LEVELS = ["department", "commune"] as const;
const MANAGERS = new Set(["home_affairs", "control_officer"]);

export default function IndexRanking() {
  const { t, lang } = useI18n();
  const me = useMe().data;
  const [year, setYear] = useState(thisYear());
  const [level, setLevel] = useState<(typeof LEVELS)[number] | "">("department");
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
      <Filters>
        <PickField
          label={t("reform.year")}
          value={String(year)}
          onValue={(v) => setYear(Number(v))}
          items={[0, 1, 2].map((k) => thisYear() - k)}
          keyOf={(y) => y}
          labelOf={(y) => y}
        />
        <ChoiceField
          label={t("agency.level")}
          value={level}
          onValue={(v) => setLevel(v)}
          values={LEVELS}
          labelOf={(l) => t(`agency.level.${l}`)}
        />
      </Filters>
      <ErrorBox error={recompute.error} />
      {recompute.data && (
        <p className="muted" role="status">
          {t("reform.index.recomputed", { n: recompute.data.units, ms: recompute.data.ms })}
        </p>
      )}
      <QueryState query={q} empty={t("reform.index.none")} isEmpty={(d) => d.units.length === 0}>
        {(d) => (
          <PlainTable
            label={t("reform.index.ranking")}
            rows={d.units}
            rowKey={(u) => u.code}
            columns={[
              { header: t("reform.rank"), cell: (u) => u.rank },
              {
                header: t("reform.unit"),
                cell: (u) => (
                  <Link to={`/cai-cach/chi-so/${encodeURIComponent(u.code)}?nam=${year}`}>
                    {u.name}
                  </Link>
                ),
              },
              { header: t("reform.total"), num: true, cell: (u) => number(lang, u.total, 2) },
              { header: t("reform.stage"), cell: (u) => t(`reform.stage.${u.stage}` as Key) },
              {
                header: t("reform.deductions"),
                cell: (u) =>
                  u.deductions.map((d) => (
                    <span key={d.rule} className="badge badge-late" title={d[lang]}>
                      −{number(lang, d.points, 2)}
                    </span>
                  )),
              },
              {
                header: t("overview.open"),
                cell: (u) => (
                  <Link
                    to={unitOverviewPath(u.code, year)}
                    aria-label={`${t("overview.open")}: ${u.name}`}
                  >
                    {t("overview.open")}
                  </Link>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Page>
  );
}
