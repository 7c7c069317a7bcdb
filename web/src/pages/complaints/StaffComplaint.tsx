// One complaint for the officers: its content and sender, each time limit (due, done, on time),
// and the actions its state allows: classify and route, refuse, request information, answer,
// publish the answer.
import { useState } from "react";
import {
  type StaffComplaint as Complaint,
  type ComplaintAction,
  type ComplaintActionRequest,
  type ComplaintClass,
  useComplaint,
  useComplaintAction,
} from "../../api/complaints.ts";
import { useAgencies } from "../../api/identity.ts";
import { formatDateTime, useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";
import { AgencySelect } from "../../ui/AgencySelect.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { fieldError, SelectField, TextArea } from "../../ui/Field.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Loading, Success } from "../../ui/Status.tsx";
import { ComplaintSteps } from "./ComplaintSteps.tsx";

const STAFF_ACTIONS: ComplaintAction[] = [
  "classify",
  "refuse",
  "request-info",
  "answer",
  "publish",
];

export default function StaffComplaint({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const q = useComplaint(params.code);
  const agencies = useAgencies();
  const name = (c: string | null) =>
    c ? (agencies.data?.find((a) => a.code === c)?.name ?? c) : t("pakn.unrouted");
  const title = t("pakn.one", { code: params.code });
  if (q.isPending) return <Loading />;
  if (q.isError)
    return (
      <Page title={title}>
        <ErrorBox error={q.error} onRetry={() => q.refetch()} />
        <p>
          <Link to="/phan-anh/xu-ly">← {t("pakn.staffTitle")}</Link>
        </p>
      </Page>
    );
  const c = q.data;
  return (
    <Page
      title={title}
      lead={
        <>
          {c.title ?? t(`pakn.class.${c.class}`)}{" "}
          <span className="badge badge-info">{c.stateName[lang]}</span>
        </>
      }
    >
      <p className="crumbs">
        <Link to="/phan-anh/xu-ly">← {t("pakn.staffTitle")}</Link>
      </p>
      <div className="split split-side">
        <div className="stack">
          <Section title={t("pakn.content")} id="content">
            <dl className="facts facts-2">
              <dt>{t("pakn.receivedAt")}</dt>
              <dd>{formatDateTime(lang, c.receivedAt)}</dd>
              <dt>{t("pakn.class")}</dt>
              <dd>{t(`pakn.class.${c.class}`)}</dd>
              <dt>{t("pakn.agencyShort")}</dt>
              <dd>{name(c.agencyCode)}</dd>
              {c.dossierCode && (
                <>
                  <dt>{t("pakn.dossierCode")}</dt>
                  <dd>
                    <Link to={`/ho-so/${encodeURIComponent(c.dossierCode)}`}>{c.dossierCode}</Link>
                  </dd>
                </>
              )}
              <dt>{t("pakn.sender")}</dt>
              <dd>
                {c.complainant.name}
                <div className="muted small">
                  {[c.complainant.phone, c.complainant.email, c.complainant.address]
                    .filter(Boolean)
                    .join(" · ")}
                </div>
              </dd>
            </dl>
            <p className="prewrap quote">{c.content}</p>
          </Section>
          <Section title={t("pakn.limits")} id="limits">
            <ComplaintSteps steps={c.steps} />
          </Section>
          {(c.infoRequests.length > 0 || c.refuseReason || c.answer) && (
            <Section title={t("pakn.handling")} id="handling">
              {c.refuseReason && (
                <p className="prewrap">
                  <strong>{t("pakn.refused")}:</strong> {c.refuseReason}
                </p>
              )}
              {c.infoRequests.map((i) => (
                <div key={i.at} className="note">
                  <p className="prewrap">
                    <strong>{t("pakn.infoRequest")}</strong> ({formatDateTime(lang, i.at)}):{" "}
                    {i.text}
                  </p>
                  {i.answer && (
                    <p className="prewrap">
                      <strong>{t("pakn.reply")}</strong> ({formatDateTime(lang, i.answeredAt)}):{" "}
                      {i.answer}
                    </p>
                  )}
                </div>
              ))}
              {c.answer && (
                <>
                  <h3>{t("pakn.answer")}</h3>
                  <p className="prewrap">{c.answer}</p>
                </>
              )}
              {c.publicQuestion && (
                <p className="prewrap">
                  <strong>{t("pakn.publicQuestion")}:</strong> {c.publicQuestion}
                </p>
              )}
              {(c.likes > 0 || c.dislikes > 0 || c.complainantReaction) && (
                <p className="muted">
                  {t("pakn.reactions", { likes: c.likes, dislikes: c.dislikes })}
                  {c.complainantReaction && ` · ${t(`pakn.rate.${c.complainantReaction}`)}`}
                </p>
              )}
            </Section>
          )}
        </div>
        <Section title={t("dossier.actions")} id="actions" className="actions-card">
          <Actions c={c} />
        </Section>
      </div>
    </Page>
  );
}

function Actions({ c }: { c: Complaint }) {
  const { t, lang } = useI18n();
  const act = useComplaintAction(c.code);
  const [open, setOpen] = useState<ComplaintAction | null>(null);
  const [done, setDone] = useState<ComplaintAction | null>(null);
  const [v, setV] = useState<Record<string, string>>({});
  const allowed = STAFF_ACTIONS.filter((a) => c.allowedActions.includes(a));
  const set = (k: string) => (e: { target: { value: string } }) =>
    setV((x) => ({ ...x, [k]: e.target.value }));
  const err = (f: string) => fieldError(act.error, f, lang);
  const request = (a: ComplaintAction): ComplaintActionRequest => {
    switch (a) {
      case "classify":
        return {
          action: a,
          body: {
            class: (v.class ?? c.class) as ComplaintClass,
            agencyCode: v.agencyCode || c.agencyCode || undefined,
          },
        };
      case "refuse":
        return { action: a, body: { reason: v.reason?.trim() ?? "" } };
      case "request-info":
        return { action: a, body: { text: v.text?.trim() ?? "" } };
      case "answer":
        return { action: a, body: { answer: v.answer?.trim() ?? "" } };
      case "publish":
        return {
          action: a,
          body: v.publicQuestion?.trim() ? { publicQuestion: v.publicQuestion.trim() } : {},
        };
    }
  };
  return (
    <div className="stack">
      {done && <Success>{t("pakn.done", { action: t(`pakn.action.${done}`) })}</Success>}
      {!allowed.length ? (
        <p className="muted">{t("pakn.noActions")}</p>
      ) : !open ? (
        <div className="action-buttons">
          {allowed.map((a) => (
            <Button
              key={a}
              variant={a === "refuse" ? "danger" : "secondary"}
              onClick={() => {
                setDone(null);
                act.reset();
                setOpen(a);
              }}
            >
              {t(`pakn.action.${a}`)}
            </Button>
          ))}
        </div>
      ) : (
        <form
          className="form action-form"
          onSubmit={(e) => {
            e.preventDefault();
            act.mutate(request(open), {
              onSuccess: () => {
                setDone(open);
                setOpen(null);
                setV({});
              },
            });
          }}
        >
          <h3>{t(`pakn.action.${open}`)}</h3>
          {open === "classify" && (
            <>
              <SelectField
                label={t("pakn.class")}
                value={v.class ?? c.class}
                onChange={set("class")}
                error={err("class")}
              >
                <option value="regulation">{t("pakn.class.regulation")}</option>
                <option value="behaviour">{t("pakn.class.behaviour")}</option>
              </SelectField>
              <AgencySelect
                label={t("pakn.routeTo")}
                none={t("pakn.keepAgency")}
                value={v.agencyCode ?? c.agencyCode ?? ""}
                onChange={set("agencyCode")}
                error={err("agencyCode")}
              />
            </>
          )}
          {open === "refuse" && (
            <TextArea
              label={t("dossier.reason")}
              required
              rows={3}
              value={v.reason ?? ""}
              onChange={set("reason")}
              error={err("reason")}
            />
          )}
          {open === "request-info" && (
            <TextArea
              label={t("pakn.infoText")}
              required
              rows={3}
              value={v.text ?? ""}
              onChange={set("text")}
              error={err("text")}
            />
          )}
          {open === "answer" && (
            <TextArea
              label={t("pakn.answer")}
              required
              rows={6}
              value={v.answer ?? ""}
              onChange={set("answer")}
              error={err("answer")}
            />
          )}
          {open === "publish" && (
            <TextArea
              label={t("pakn.publicQuestion")}
              hint={t("pakn.publicQuestionHint")}
              rows={3}
              value={v.publicQuestion ?? ""}
              onChange={set("publicQuestion")}
              error={err("publicQuestion")}
            />
          )}
          {act.isError && <ErrorBox error={act.error} />}
          <div className="action-buttons">
            <Button
              type="submit"
              busy={act.isPending}
              variant={open === "refuse" ? "danger" : "primary"}
            >
              {t("dossier.confirm")}: {t(`pakn.action.${open}`)}
            </Button>
            <Button variant="ghost" onClick={() => setOpen(null)}>
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
