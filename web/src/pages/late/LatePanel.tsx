// A dossier's lateness on its page: the server's verdict, the explanation (reason, responsible
// step and person, proposed date), Form 04 as draft or signed, the officer's form to draft it and
// the head's approval and signature (the server signs).
import { useState } from "react";
import type { DossierDetail } from "../../api/dossiers.ts";
import { useMe } from "../../api/identity.ts";
import { type Explanation, type LateState, useLate } from "../../api/late.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Section } from "../../ui/Page.tsx";
import { Loading, Success } from "../../ui/Status.tsx";
import { ExplanationForm } from "./ExplanationForm.tsx";
import { SignForm } from "./SignForm.tsx";

export function LatePanel({ d }: { d: DossierDetail }) {
  const { t } = useI18n();
  const me = useMe().data;
  const q = useLate(d.code, !!d.receivedAt);
  const [mode, setMode] = useState<"draft" | "sign" | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!d.receivedAt) return null;
  const roles = new Set(me?.grants.map((g) => g.role) ?? []);
  const canExplain = roles.has("handler") || roles.has("leader");
  const canSign = roles.has("head");
  return (
    <Section title={t("late.panel")} id="late">
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <div className="stack">
          <LateVerdict s={q.data} finished={!!d.finishedAt} />
          {done && <Success>{done}</Success>}
          {q.data.explanation && <ExplanationFacts x={q.data.explanation} />}
          {mode === "draft" ? (
            <ExplanationForm
              d={d}
              prior={q.data.explanation}
              onDone={() => {
                setMode(null);
                setDone(t("late.drafted"));
              }}
              onCancel={() => setMode(null)}
            />
          ) : mode === "sign" && q.data.explanation ? (
            <SignForm
              code={d.code}
              x={q.data.explanation}
              onDone={() => {
                setMode(null);
                setDone(t("late.signed"));
              }}
              onCancel={() => setMode(null)}
            />
          ) : (
            <div className="action-buttons">
              {canExplain &&
                q.data.explanation?.status !== "signed" &&
                (q.data.late || q.data.explanation || !d.finishedAt) && (
                  <Button
                    variant={q.data.late ? "primary" : "secondary"}
                    onClick={() => {
                      setDone(null);
                      setMode("draft");
                    }}
                  >
                    {q.data.explanation ? t("late.editDraft") : t("late.draft")}
                  </Button>
                )}
              {canSign && q.data.explanation?.status === "drafted" && (
                <Button
                  onClick={() => {
                    setDone(null);
                    setMode("sign");
                  }}
                >
                  {t("late.sign")}
                </Button>
              )}
            </div>
          )}
        </div>
      )}
    </Section>
  );
}

function LateVerdict({ s, finished }: { s: LateState; finished: boolean }) {
  const { t } = useI18n();
  if (s.explanation?.status === "signed")
    return <p className="badge badge-ok late-verdict">{t("late.state.apologised")}</p>;
  if (s.late)
    return (
      <p className="alert alert-error late-verdict">
        <strong>{finished ? t("late.finishedLate") : t("late.isLate")}</strong>{" "}
        {s.explanation ? t("late.waitSign") : t("late.mustExplain")}
      </p>
    );
  return <p className="muted">{s.explanation ? t("late.waitSign") : t("late.notLate")}</p>;
}

export function ExplanationFacts({ x }: { x: Explanation }) {
  const { t, lang } = useI18n();
  const signed = x.status === "signed";
  return (
    <div>
      <dl className="facts">
        <dt>{t("late.status")}</dt>
        <dd>
          <span className={signed ? "badge badge-ok" : "badge badge-warn"}>
            {signed ? t("late.state.apologised") : t("late.state.explained")}
          </span>
        </dd>
        <dt>{t("late.reason")}</dt>
        <dd className="prewrap">{x.reason}</dd>
        <dt>{t("late.responsibleStep")}</dt>
        <dd>{x.responsibleStepName ?? "—"}</dd>
        <dt>{t("late.responsibleName")}</dt>
        <dd>{x.responsibleName}</dd>
        <dt>{t("late.originalDue")}</dt>
        <dd>{formatDateTime(lang, x.originalDueAt)}</dd>
        <dt>{signed ? t("late.newDue") : t("late.proposedDue")}</dt>
        <dd>
          <strong>{formatDateTime(lang, x.newDueAt ?? x.proposedDueAt)}</strong>
        </dd>
        <dt>{t("late.draftedBy")}</dt>
        <dd>
          {x.draftedBy} · {formatDateTime(lang, x.draftedAt)}
        </dd>
        {signed && (
          <>
            <dt>{t("late.signedBy")}</dt>
            <dd>
              {x.signedBy} · {formatDateTime(lang, x.signedAt)}
            </dd>
          </>
        )}
      </dl>
      <p>
        <a href={x.form04} target="_blank" rel="noopener" className="btn btn-secondary btn-small">
          {signed ? t("late.form04Signed") : t("late.form04Draft")}
        </a>
      </p>
    </div>
  );
}
