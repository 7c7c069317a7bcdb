// The step of the reform index cycle the user may take on the unit: the unit's self-assessment
// and its one response, Home Affairs' appraisal and final scores (a reason per changed score).
import { useState } from "react";
import type { Grant } from "../../api/identity.ts";
import { type CycleInput, type CycleStep, type UnitIndex, useCycleStep } from "../../api/reform.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Success } from "../../ui/Status.tsx";

export function stepFor(u: UnitIndex, grants: Grant[]): CycleStep | null {
  const own = grants.some(
    (g) => (g.role === "head" || g.role === "leader") && g.agencyCode === u.agency,
  );
  const appraiser = grants.some((g) => g.role === "home_affairs");
  if (own && (u.stage === "none" || u.stage === "draft")) return "self";
  if (own && u.stage === "appraised") return "response";
  if (appraiser && u.stage === "submitted") return "appraisal";
  if (appraiser && (u.stage === "appraised" || u.stage === "responded")) return "final";
  return null;
}

interface Row {
  score: string;
  text: string;
}

export function CycleForm({ u, step, year }: { u: UnitIndex; step: CycleStep; year: number }) {
  const { t } = useI18n();
  const m = useCycleStep(year, u.agency);
  const subs = u.areas.flatMap((a) => a.criteria.flatMap((c) => c.subs));
  const editable = subs.filter((s) =>
    step === "self"
      ? s.scoring.how === "evidence"
      : step === "response"
        ? true
        : s.scoring.how !== "system",
  );
  const start = (code: string): Row => {
    const e = u.entered[code];
    const v =
      step === "self" ? e?.self : step === "appraisal" ? e?.self : (e?.appraised ?? e?.self);
    return { score: v == null ? "" : String(v), text: "" };
  };
  const [rows, setRows] = useState<Record<string, Row>>(() =>
    Object.fromEntries(editable.map((s) => [s.code, start(s.code)])),
  );
  const set = (code: string, patch: Partial<Row>) =>
    setRows((r) => ({ ...r, [code]: { ...r[code], ...patch } }));
  const input = (): CycleInput => {
    if (step === "response")
      return {
        step,
        body: {
          items: editable
            .filter((s) => rows[s.code].text.trim())
            .map((s) => ({ sub: s.code, text: rows[s.code].text })),
        },
      };
    const scored = editable
      .filter((s) => rows[s.code].score !== "")
      .map((s) => ({
        sub: s.code,
        score: Number(rows[s.code].score),
        text: rows[s.code].text.trim(),
      }));
    if (step === "self")
      return {
        step,
        body: {
          items: scored.map(({ sub, score, text }) => ({
            sub,
            score,
            ...(text ? { note: text } : {}),
          })),
          submit: true,
        },
      };
    return {
      step,
      body: {
        items: scored.map(({ sub, score, text }) => ({
          sub,
          score,
          ...(text ? { reason: text } : {}),
        })),
      },
    };
  };
  return (
    <form
      className="card"
      aria-label={t(`reform.step.${step}`)}
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate(input());
      }}
    >
      <h2 className="card-title">{t(`reform.step.${step}`)}</h2>
      <p className="muted">{t(`reform.step.${step}.hint`)}</p>
      <table className="table">
        <thead>
          <tr>
            <th>{t("reform.sub")}</th>
            {step !== "response" && <th>{t("reform.points")}</th>}
            <th>
              {t(
                step === "self"
                  ? "reform.note"
                  : step === "response"
                    ? "reform.response"
                    : "reform.reason",
              )}
            </th>
          </tr>
        </thead>
        <tbody>
          {editable.map((s) => (
            <tr key={s.code}>
              <td>
                {s.code} {s.name} (≤ {s.max})
              </td>
              {step !== "response" && (
                <td>
                  <input
                    type="number"
                    step="0.01"
                    min={0}
                    max={s.max}
                    aria-label={`${t("reform.points")} ${s.code}`}
                    value={rows[s.code].score}
                    onChange={(e) => set(s.code, { score: e.target.value })}
                  />
                </td>
              )}
              <td>
                <input
                  type="text"
                  aria-label={`${t(step === "self" ? "reform.note" : step === "response" ? "reform.response" : "reform.reason")} ${s.code}`}
                  value={rows[s.code].text}
                  onChange={(e) => set(s.code, { text: e.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorBox error={m.error} />
      {m.isSuccess && <Success>{t("reform.saved")}</Success>}
      <Button type="submit" busy={m.isPending}>
        {t(`reform.step.${step}.submit`)}
      </Button>
    </form>
  );
}
