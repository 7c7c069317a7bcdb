// The working calendar: a year's days off and make-up working days with their source (legal
// basis, notice) and status; add, confirm, remove; office hours per agency.
import { useState } from "react";
import {
  type CalendarDay,
  useCalendarYear,
  useConfirmDay,
  useRemoveDay,
} from "../../../api/calendar.ts";
import { ApiError } from "../../../api/client.ts";
import { formatDate, useI18n } from "../../../i18n/index.tsx";
import { Button } from "../../../ui/Button.tsx";
import { ErrorBox } from "../../../ui/ErrorBox.tsx";
import { Options, SelectField } from "../../../ui/Field.tsx";
import { type Column, ListSection } from "../../../ui/ListPage.tsx";
import { Page, Section } from "../../../ui/Page.tsx";
import { Success } from "../../../ui/Status.tsx";
import { AddDayForm } from "./AddDayForm.tsx";
import { ConfirmBasisForm } from "./ConfirmBasisForm.tsx";
import { OfficeHoursForm } from "./OfficeHoursForm.tsx";

const weekday = (date: string, lang: "vi" | "en") =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString(lang === "vi" ? "vi-VN" : "en-GB", {
    weekday: "long",
    timeZone: "UTC",
  });

export default function CalendarAdmin() {
  const { t, lang } = useI18n();
  const thisYear = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
  const [year, setYear] = useState(thisYear);
  const q = useCalendarYear(year);
  const confirm = useConfirmDay();
  const remove = useRemoveDay();
  const [note, setNote] = useState<string | null>(null);
  const busy = confirm.isPending || remove.isPending;
  const [needsBasis, setNeedsBasis] = useState<CalendarDay | null>(null);
  const done = (kind: "confirm" | "remove", d: CalendarDay) => () => {
    setNeedsBasis(null);
    setNote(
      t(kind === "confirm" ? "cal.confirmed" : "cal.removed", { date: formatDate(lang, d.date) }),
    );
  };
  const act = (kind: "confirm" | "remove", d: CalendarDay) => {
    setNote(null);
    if (kind === "remove") return remove.mutate(d.id!, { onSuccess: done(kind, d) });
    confirm.mutate(
      { id: d.id! },
      {
        onSuccess: done(kind, d),
        // A rule not yet in force by law: the server asks for its basis and effective date.
        onError: (e) => {
          if (e instanceof ApiError && e.code === "calendar.basis_required") setNeedsBasis(d);
        },
      },
    );
  };
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];
  const columns: Column<CalendarDay>[] = [
    {
      key: "date",
      header: t("common.date"),
      value: (d) => d.date,
      className: "nowrap",
      render: (d) => (
        <>
          <strong>{formatDate(lang, d.date)}</strong>
          <div className="muted small">{weekday(d.date, lang)}</div>
        </>
      ),
    },
    {
      key: "kind",
      header: t("cal.kind"),
      value: (d) => t(`cal.kind.${d.kind}`),
      render: (d) => (
        <span className={d.kind === "day-off" ? "badge badge-late" : "badge badge-info"}>
          {t(`cal.kind.${d.kind}`)}
        </span>
      ),
    },
    { key: "name", header: t("common.name"), value: (d) => d.name[lang] },
    {
      key: "source",
      header: t("cal.source"),
      value: (d) => d.source.basis,
      render: (d) => (
        <>
          {d.source.basis}
          {d.source.notice && (
            <div className="muted small">
              {d.source.notice.number} ({d.source.notice.date}) — {d.source.notice.title}
            </div>
          )}
          <div className="muted small">{t(`cal.origin.${d.source.origin}`)}</div>
        </>
      ),
    },
    {
      key: "status",
      header: t("common.status"),
      value: (d) => t(`cal.status.${d.status}`),
      render: (d) => (
        <span className={d.status === "confirmed" ? "badge badge-ok" : "badge badge-warn"}>
          {t(`cal.status.${d.status}`)}
        </span>
      ),
    },
    {
      key: "actions",
      header: t("common.actions"),
      render: (d) =>
        d.id ? (
          <div className="btn-row">
            {d.status === "provisional" && (
              <Button small variant="secondary" disabled={busy} onClick={() => act("confirm", d)}>
                {t("cal.confirm")}
                <span className="sr-only"> {d.date}</span>
              </Button>
            )}
            <Button small variant="ghost" disabled={busy} onClick={() => act("remove", d)}>
              {t("cal.remove")}
              <span className="sr-only"> {d.date}</span>
            </Button>
          </div>
        ) : (
          <span className="muted small">{t("cal.notHeld")}</span>
        ),
    },
  ];
  return (
    <Page title={t("cal.title")} lead={t("cal.lead")}>
      <div className="split split-side">
        <ListSection
          id="cal-year"
          query={q}
          rows={(d) => d.days}
          heading={() => t("cal.year", { year })}
          headExtra={
            <SelectField
              label={t("cal.chooseYear")}
              value={year}
              onValue={(v) => setYear(Number(v))}
            >
              <Options items={years} label={(y) => y} />
            </SelectField>
          }
          above={
            <>
              {q.data && (
                <p className={q.data.held ? "muted" : "alert alert-info"}>
                  {q.data.held ? t("cal.held", { v: q.data.version }) : t("cal.proposal")}
                </p>
              )}
              {note && <Success>{note}</Success>}
              {needsBasis ? (
                <ConfirmBasisForm
                  day={needsBasis}
                  busy={confirm.isPending}
                  error={confirm.error}
                  onSubmit={(basis) =>
                    confirm.mutate(
                      { id: needsBasis.id!, basis },
                      { onSuccess: done("confirm", needsBasis) },
                    )
                  }
                />
              ) : (
                (confirm.isError || remove.isError) && (
                  <ErrorBox error={confirm.error ?? remove.error} />
                )
              )}
            </>
          }
          empty={t("cal.none")}
          columns={columns}
          rowKey={(d) => String(d.id ?? d.date)}
          pageSize={400}
          className="cal-table"
        />
        <div className="stack">
          <Section title={t("cal.add")} id="cal-add">
            <AddDayForm year={year} />
          </Section>
          <Section title={t("cal.hours")} id="cal-hours">
            <OfficeHoursForm />
          </Section>
        </div>
      </div>
    </Page>
  );
}
