// The year's reform index criteria, issued by Home Affairs in the browser: areas → criteria →
// sub-criteria, each with its maximum points and how it is scored (evidence, a figure of the
// system, a survey result entered by Home Affairs). The sums are shown as they are typed; the
// server checks them again (areas sum to 100, each area to its sub-criteria) and names what is
// wrong in Vietnamese and English. Once a unit has begun its self-assessment the year's criteria
// are frozen and the page says so (Decision 876/QĐ-BNV: the criteria are issued for the year).
import { useEffect, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { useMe } from "../../api/identity.ts";
import {
  type Area,
  type CriteriaSet,
  type Measure,
  type Sub,
  useCriteria,
  useCriteriaTemplate,
  useIssueCriteria,
} from "../../api/reform.ts";
import { number } from "../../i18n/format.ts";
import { useI18n } from "../../i18n/index.tsx";
import { navigate, useLocation } from "../../router.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { thisYear } from "../../ui/Filters.tsx";
import { Page } from "../../ui/Page.tsx";
import { Loading, Success } from "../../ui/Status.tsx";

const ISSUERS = new Set(["home_affairs", "admin"]);
const sumSubs = (a: Area) =>
  a.criteria.reduce((n, c) => n + c.subs.reduce((m, s) => m + (Number(s.max) || 0), 0), 0);
const near = (x: number, y: number) => Math.abs(x - y) < 1e-6;
/** Points as written: 10, 14,5, 0,75. */
const pts = (lang: "vi" | "en", n: number) =>
  number(lang, n, Number.isInteger(n) ? 0 : Number.isInteger(n * 10) ? 1 : 2);

export default function CriteriaEditor() {
  const { t } = useI18n();
  const year = Number(useLocation().query.get("nam")) || thisYear() + 1;
  const me = useMe().data;
  const issuer = !!me?.grants.some((g) => ISSUERS.has(g.role));
  const q = useCriteria(year);
  const previous = useCriteria(year - 1);
  const template = useCriteriaTemplate();
  const m = useIssueCriteria(year);
  const [title, setTitle] = useState("");
  const [areas, setAreas] = useState<Area[] | null>(null);
  const [rules, setRules] = useState<CriteriaSet["rules"]>([]);
  const missing = q.error instanceof ApiError && q.error.status === 404;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload the form when the year's set arrives
  useEffect(() => {
    if (q.data) {
      setTitle(q.data.title);
      setAreas(structuredClone(q.data.areas));
      setRules(q.data.rules);
    } else setAreas(null);
  }, [q.data, year]);
  const start = (from: { areas: Area[]; rules: CriteriaSet["rules"] }) => {
    setTitle(t("criteria.defaultTitle", { year }));
    setAreas(structuredClone(from.areas));
    setRules(from.rules);
  };
  const measures = q.data?.measures ?? template.data?.measures ?? {};
  const frozen = !!q.data?.frozen;
  const editable = issuer && !frozen;
  return (
    <Page title={t("criteria.title", { year })} lead={t("criteria.lead")}>
      <search className="card filters" aria-label={t("common.filters")}>
        <SelectField
          label={t("reform.year")}
          value={String(year)}
          onValue={(v) => navigate(`/cai-cach/tieu-chi?nam=${v}`)}
        >
          {[thisYear() + 1, thisYear(), thisYear() - 1].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </search>
      {frozen && (
        <p className="alert alert-warn" role="status" data-testid="criteria-frozen">
          {t("criteria.frozen", { year })}
        </p>
      )}
      {q.isPending ? (
        <Loading />
      ) : q.isError && !missing ? (
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
      ) : !areas ? (
        <section className="card">
          <p>{t("criteria.none", { year })}</p>
          {issuer && (
            <div className="row">
              {template.data && (
                <Button onClick={() => start(template.data)}>{t("criteria.fromTemplate")}</Button>
              )}
              {previous.data && (
                <Button variant="secondary" onClick={() => start(previous.data)}>
                  {t("criteria.fromYear", { year: year - 1 })}
                </Button>
              )}
            </div>
          )}
        </section>
      ) : (
        <form
          className="card"
          aria-label={t("criteria.form")}
          onSubmit={(e) => {
            e.preventDefault();
            m.mutate({ title, areas, rules });
          }}
        >
          <TextField
            label={t("criteria.name")}
            value={title}
            onValue={setTitle}
            disabled={!editable}
            required
          />
          <Totals areas={areas} />
          <fieldset disabled={!editable} className="plain">
            <Areas
              areas={areas}
              setAreas={(f) => setAreas((p) => (p ? f(p) : p))}
              measures={measures}
            />
          </fieldset>
          <ErrorBox error={m.error} />
          {m.isSuccess && <Success>{t("criteria.issued", { year })}</Success>}
          {editable && (
            <Button type="submit" busy={m.isPending}>
              {t("criteria.issue")}
            </Button>
          )}
        </form>
      )}
    </Page>
  );
}

function Totals({ areas }: { areas: Area[] }) {
  const { t, lang } = useI18n();
  const total = areas.reduce((n, a) => n + (Number(a.max) || 0), 0);
  const ok = near(total, 100);
  return (
    <p className={ok ? "muted" : "alert alert-warn"} data-testid="criteria-total">
      {t(ok ? "criteria.total" : "criteria.totalWrong", { total: pts(lang, total) })}
    </p>
  );
}

type SetAreas = (f: (a: Area[]) => Area[]) => void;

function Areas({
  areas,
  setAreas,
  measures,
}: {
  areas: Area[];
  setAreas: SetAreas;
  measures: Record<string, { vi: string; en: string }>;
}) {
  const { t, lang } = useI18n();
  const edit = (fn: (a: Area[]) => void) =>
    setAreas((prev) => {
      const next = structuredClone(prev);
      fn(next);
      return next;
    });
  return (
    <>
      {areas.map((a, i) => {
        const subs = sumSubs(a);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; a key by code would remount the input being typed in
          <fieldset key={i} className="subcard">
            <legend>
              {t("criteria.area")} {a.code}
            </legend>
            <div className="row">
              <input
                aria-label={`${t("criteria.code")} ${t("criteria.area")} ${i + 1}`}
                value={a.code}
                size={4}
                onChange={(e) => edit((x) => (x[i].code = e.target.value))}
              />
              <input
                aria-label={`${t("criteria.name")} ${t("criteria.area")} ${a.code}`}
                value={a.name}
                size={60}
                onChange={(e) => edit((x) => (x[i].name = e.target.value))}
              />
              <input
                type="number"
                step="0.25"
                min={0}
                aria-label={`${t("reform.max")} ${t("criteria.area")} ${a.code}`}
                value={a.max}
                onChange={(e) => edit((x) => (x[i].max = Number(e.target.value)))}
              />
            </div>
            {!near(subs, a.max) && (
              <p className="field-error" data-testid="area-sum">
                {t("criteria.areaSum", {
                  area: a.code,
                  max: pts(lang, a.max),
                  sum: pts(lang, subs),
                })}
              </p>
            )}
            {a.criteria.map((c, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: edited in place (see above)
              <table className="table" key={j} aria-label={`${c.code} ${c.name}`}>
                <caption>
                  <input
                    aria-label={`${t("criteria.code")} ${t("criteria.criterion")} ${a.code}.${j + 1}`}
                    value={c.code}
                    size={6}
                    onChange={(e) => edit((x) => (x[i].criteria[j].code = e.target.value))}
                  />{" "}
                  <input
                    aria-label={`${t("criteria.name")} ${t("criteria.criterion")} ${c.code}`}
                    value={c.name}
                    size={60}
                    onChange={(e) => edit((x) => (x[i].criteria[j].name = e.target.value))}
                  />
                </caption>
                <thead>
                  <tr>
                    <th>{t("criteria.code")}</th>
                    <th>{t("reform.sub")}</th>
                    <th className="num">{t("reform.max")}</th>
                    <th>{t("criteria.how")}</th>
                    <th>
                      <span className="sr-only">{t("common.actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {c.subs.map((s, k) => (
                    <SubRow
                      // biome-ignore lint/suspicious/noArrayIndexKey: edited in place (see above)
                      key={k}
                      s={s}
                      measures={measures}
                      set={(fn) => edit((x) => fn(x[i].criteria[j].subs[k]))}
                      remove={() => edit((x) => x[i].criteria[j].subs.splice(k, 1))}
                    />
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td colSpan={5}>
                      <button
                        type="button"
                        className="btn btn-ghost"
                        onClick={() =>
                          edit((x) =>
                            x[i].criteria[j].subs.push({
                              code: `${c.code}.${c.subs.length + 1}`,
                              name: "",
                              max: 0,
                              scoring: { how: "evidence" },
                            }),
                          )
                        }
                      >
                        + {t("criteria.addSub", { criterion: c.code })}
                      </button>
                    </td>
                  </tr>
                </tfoot>
              </table>
            ))}
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() =>
                edit((x) =>
                  x[i].criteria.push({
                    code: `${a.code}.${a.criteria.length + 1}`,
                    name: "",
                    subs: [],
                  }),
                )
              }
            >
              + {t("criteria.addCriterion", { area: a.code })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() =>
          edit((x) => x.push({ code: String(x.length + 1), name: "", max: 0, criteria: [] }))
        }
      >
        + {t("criteria.addArea")}
      </button>
    </>
  );
}

function SubRow({
  s,
  measures,
  set,
  remove,
}: {
  s: Sub;
  measures: Record<string, { vi: string; en: string }>;
  set: (fn: (s: Sub) => void) => void;
  remove: () => void;
}) {
  const { t, lang } = useI18n();
  return (
    <tr>
      <td>
        <input
          aria-label={`${t("criteria.code")} ${s.code}`}
          value={s.code}
          size={8}
          onChange={(e) => set((x) => (x.code = e.target.value))}
        />
      </td>
      <td>
        <input
          aria-label={`${t("criteria.name")} ${s.code}`}
          value={s.name}
          size={50}
          onChange={(e) => set((x) => (x.name = e.target.value))}
        />
      </td>
      <td className="num">
        <input
          type="number"
          step="0.25"
          min={0}
          aria-label={`${t("reform.max")} ${s.code}`}
          value={s.max}
          onChange={(e) => set((x) => (x.max = Number(e.target.value)))}
        />
      </td>
      <td>
        <select
          aria-label={`${t("criteria.how")} ${s.code}`}
          value={s.scoring.how === "system" ? `system:${s.scoring.measure}` : s.scoring.how}
          onChange={(e) =>
            set((x) => {
              const v = e.target.value;
              x.scoring = v.startsWith("system:")
                ? { how: "system", measure: v.slice(7) as Measure }
                : { how: v as "evidence" | "survey" };
            })
          }
        >
          <option value="evidence">{t("criteria.how.evidence")}</option>
          <option value="survey">{t("criteria.how.survey")}</option>
          {Object.entries(measures).map(([k, n]) => (
            <option key={k} value={`system:${k}`}>
              {t("criteria.how.system", { name: n[lang] })}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button type="button" className="btn btn-ghost" onClick={remove}>
          {t("criteria.remove", { code: s.code })}
        </button>
      </td>
    </tr>
  );
}
