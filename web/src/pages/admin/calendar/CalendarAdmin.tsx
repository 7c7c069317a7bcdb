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
import { SelectField } from "../../../ui/Field.tsx";
import { Page, Section } from "../../../ui/Page.tsx";
import { Empty, Loading, Success } from "../../../ui/Status.tsx";
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
  return (
    <Page title={t("cal.title")} lead={t("cal.lead")}>
      <div className="split split-side">
        <section className="card" aria-labelledby="cal-year-h" aria-busy={q.isFetching}>
          <div className="card-head">
            <h2 id="cal-year-h">{t("cal.year", { year })}</h2>
            <SelectField
              label={t("cal.chooseYear")}
              value={year}
              onChange={(e) => setYear(Number(e.target.value))}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </SelectField>
          </div>
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
          {q.isPending ? (
            <Loading />
          ) : q.isError ? (
            <ErrorBox error={q.error} onRetry={() => q.refetch()} />
          ) : q.data.days.length === 0 ? (
            <Empty>{t("cal.none")}</Empty>
          ) : (
            <div className="table-wrap">
              <table className="table cal-table">
                <thead>
                  <tr>
                    <th scope="col">{t("common.date")}</th>
                    <th scope="col">{t("cal.kind")}</th>
                    <th scope="col">{t("common.name")}</th>
                    <th scope="col">{t("cal.source")}</th>
                    <th scope="col">{t("common.status")}</th>
                    <th scope="col">{t("common.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {q.data.days.map((d) => (
                    <tr key={d.id ?? d.date}>
                      <td className="nowrap">
                        <strong>{formatDate(lang, d.date)}</strong>
                        <div className="muted small">{weekday(d.date, lang)}</div>
                      </td>
                      <td>
                        <span
                          className={d.kind === "day-off" ? "badge badge-late" : "badge badge-info"}
                        >
                          {t(`cal.kind.${d.kind}`)}
                        </span>
                      </td>
                      <td>{d.name[lang]}</td>
                      <td>
                        {d.source.basis}
                        {d.source.notice && (
                          <div className="muted small">
                            {d.source.notice.number} ({d.source.notice.date}) —{" "}
                            {d.source.notice.title}
                          </div>
                        )}
                        <div className="muted small">{t(`cal.origin.${d.source.origin}`)}</div>
                      </td>
                      <td>
                        <span
                          className={
                            d.status === "confirmed" ? "badge badge-ok" : "badge badge-warn"
                          }
                        >
                          {t(`cal.status.${d.status}`)}
                        </span>
                      </td>
                      <td>
                        {d.id ? (
                          <div className="btn-row">
                            {d.status === "provisional" && (
                              <Button
                                small
                                variant="secondary"
                                disabled={busy}
                                onClick={() => act("confirm", d)}
                              >
                                {t("cal.confirm")}
                                <span className="sr-only"> {d.date}</span>
                              </Button>
                            )}
                            <Button
                              small
                              variant="ghost"
                              disabled={busy}
                              onClick={() => act("remove", d)}
                            >
                              {t("cal.remove")}
                              <span className="sr-only"> {d.date}</span>
                            </Button>
                          </div>
                        ) : (
                          <span className="muted small">{t("cal.notHeld")}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
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
