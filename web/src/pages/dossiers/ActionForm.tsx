// The form of one action: only the fields its body takes (server/modules/dossiers/actions/*).
import { type FormEvent, useCallback, useState } from "react";
import {
  type DossierAction,
  type DossierActionDraft,
  type DossierDetail,
  resultFileUrl,
} from "../../api/dossiers.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { CheckField, fieldError, SelectField, TextArea, TextField } from "../../ui/Field.tsx";
import { IntakeAssignee } from "../intake/IntakeAssignee.tsx";
import { AssigneePicker } from "./AssigneePicker.tsx";
import { ACTION_NAMES, DANGER } from "./actions.ts";
import { RerouteAgency } from "./RerouteAgency.tsx";
import { ResultUpload } from "./ResultUpload.tsx";

interface Props {
  action: DossierAction;
  d: DossierDetail;
  busy: boolean;
  error: unknown;
  /** The action with its body as the contract has it (the panel adds the version). */
  onSubmit(draft: DossierActionDraft): void;
  onCancel(): void;
}

const lines = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

export function ActionForm({ action, d, busy, error, onSubmit, onCancel }: Props) {
  const { t, lang } = useI18n();
  // A result already signed by the leader is issued as it is (no second upload).
  const signedResult = d.resultDocuments.at(-1);
  const [v, setV] = useState<Record<string, string>>({
    file: signedResult?.sha256 ?? "",
    paidOnline: "0",
    method: d.channel === 2 ? "online" : "counter",
    feeName: d.fees[0]?.name ?? "",
    feeAmount: String(d.fees[0]?.amount ?? ""),
  });
  const [confirm, setConfirm] = useState(false);
  const set = (k: string) => (e: { target: { value: string } }) =>
    setV((x) => ({ ...x, [k]: e.target.value }));
  const err = (f: string) => fieldError(error, f, lang);
  const pickAssignee = useCallback((id: string) => setV((x) => ({ ...x, assignee: id })), []);
  const opt = (k: string) => v[k]?.trim() || undefined;

  // The person picked from the server's list for the step this action opens.
  const picked = opt("assignee");
  const assignee = picked ? { assignee: { id: picked } } : {};
  const draft = (): DossierActionDraft => {
    switch (action) {
      case "request-completion":
        return { action, body: { items: lines(v.items ?? ""), note: opt("note") } };
      case "refuse-intake":
      case "refuse":
        return { action, body: { reasons: v.reasons?.trim() ?? "" } };
      case "receive":
        return { action, body: { ...assignee } };
      case "forward":
        return { action, body: { note: opt("note"), ...assignee } };
      case "send-back":
        return { action, body: { reason: v.reason?.trim() ?? "", ...assignee } };
      case "approve":
      case "acknowledge":
        return { action, body: { note: opt("note") } };
      case "request-supplement":
        return {
          action,
          body: {
            items: lines(v.items ?? ""),
            reason: v.reason?.trim() ?? "",
            ...(d.supplementRequests > 0
              ? { confirmSecondRequest: confirm, repeatReason: v.repeatReason?.trim() ?? "" }
              : {}),
          },
        };
      case "complete-supplement":
        return { action, body: { note: opt("note") } };
      case "request-payment":
        return {
          action,
          body: {
            fees: [{ name: v.feeName?.trim() ?? "", amount: Number(v.feeAmount || 0) }],
            note: opt("note"),
          },
        };
      case "confirm-payment":
        return {
          action,
          body: { paidOnline: Number(v.paidOnline) as 0 | 1 | 2, receipt: opt("receipt") },
        };
      case "issue-result":
        return { action, body: { resultCode: v.resultCode?.trim() ?? "", file: v.file ?? "" } };
      case "stop":
        return { action, body: { reason: v.reason?.trim() ?? "", legalBasis: opt("legalBasis") } };
      case "withdraw":
        return { action, body: { reason: opt("reason"), returned: lines(v.returned ?? "") } };
      case "reroute":
        return {
          action,
          body: { agency: v.agency ?? "", reason: v.reason?.trim() ?? "", ...assignee },
        };
      case "return-misrouted":
        return { action, body: { reason: v.reason?.trim() ?? "" } };
      case "return-result":
        return {
          action,
          body: {
            method: v.method as "counter" | "post" | "online",
            pushedToPersonalStore: confirm,
            note: opt("note"),
          },
        };
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(draft());
  };

  const needsItems = action === "request-completion" || action === "request-supplement";
  const needsReasons = action === "refuse-intake" || action === "refuse";
  const needsReason =
    action === "send-back" ||
    action === "stop" ||
    action === "reroute" ||
    action === "return-misrouted" ||
    action === "request-supplement" ||
    action === "withdraw";
  const needsNote = [
    "forward",
    "approve",
    "complete-supplement",
    "request-completion",
    "request-payment",
    "return-result",
  ].includes(action);
  return (
    <form className="form action-form" onSubmit={submit} aria-label={ACTION_NAMES[action][lang]}>
      <h3>{ACTION_NAMES[action][lang]}</h3>
      {needsItems && (
        <TextArea
          label={t("dossier.items")}
          hint={t("dossier.itemsHint")}
          rows={4}
          required={action === "request-supplement"}
          value={v.items ?? ""}
          onChange={set("items")}
          error={err("items")}
        />
      )}
      {needsReasons && (
        <TextArea
          label={t("dossier.reasons")}
          rows={4}
          required
          minLength={5}
          value={v.reasons ?? ""}
          onChange={set("reasons")}
          error={err("reasons")}
        />
      )}
      {needsReason && (
        <TextArea
          label={t("dossier.reason")}
          rows={3}
          required={action !== "withdraw"}
          value={v.reason ?? ""}
          onChange={set("reason")}
          error={err("reason")}
        />
      )}
      {action === "withdraw" && (
        <TextArea
          label={t("dossier.returnedPapers")}
          rows={2}
          value={v.returned ?? ""}
          onChange={set("returned")}
          error={err("returned")}
        />
      )}
      {action === "reroute" && (
        <RerouteAgency
          procedure={d.procedure}
          current={d.agency}
          value={v.agency ?? ""}
          error={err("agency") ?? undefined}
          onChange={(agency) => setV((x) => ({ ...x, agency, assignee: "" }))}
        />
      )}
      {/* Sent back after reception: the first handling step opens at the chosen agency. */}
      {action === "reroute" && d.state === "misrouted" && v.agency && (
        <IntakeAssignee
          procedure={d.procedure}
          agency={v.agency}
          value={v.assignee ?? ""}
          error={err("assignee.id") ?? undefined}
          onChange={pickAssignee}
        />
      )}
      {action === "stop" && (
        <TextField
          label={t("dossier.legalBasis")}
          value={v.legalBasis ?? ""}
          onChange={set("legalBasis")}
        />
      )}
      <AssigneePicker
        code={d.code}
        version={d.version}
        action={action}
        value={v.assignee ?? ""}
        error={err("assignee.id") ?? undefined}
        onChange={pickAssignee}
      />
      {action === "request-payment" && (
        <div className="row">
          <TextField
            label={t("dossier.feeName")}
            required
            value={v.feeName ?? ""}
            onChange={set("feeName")}
          />
          <TextField
            label={t("dossier.feeAmount")}
            required
            type="number"
            min={0}
            step={1000}
            value={v.feeAmount ?? ""}
            onChange={set("feeAmount")}
          />
        </div>
      )}
      {action === "confirm-payment" && (
        <div className="row">
          <SelectField
            label={t("dossier.paidOnline")}
            value={v.paidOnline}
            onChange={set("paidOnline")}
          >
            {[0, 1, 2].map((n) => (
              <option key={n} value={n}>
                {t(`dossier.paid.${n}` as "dossier.paid.0")}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("dossier.receipt")}
            value={v.receipt ?? ""}
            onChange={set("receipt")}
          />
        </div>
      )}
      {action === "issue-result" && (
        <>
          <TextField
            label={t("dossier.resultCode")}
            required
            value={v.resultCode ?? ""}
            onChange={set("resultCode")}
            error={err("resultCode")}
          />
          {signedResult ? (
            <p>
              {t("dossier.resultSignedDoc")}:{" "}
              <a href={resultFileUrl(d.code, signedResult.sha256)} target="_blank" rel="noreferrer">
                {signedResult.fileName ?? signedResult.sha256.slice(0, 12)}
              </a>{" "}
              <span className="muted small">{signedResult.signer}</span>
            </p>
          ) : (
            <ResultUpload
              code={d.code}
              error={err("file")}
              onSigned={(r) => setV((x) => ({ ...x, file: r?.sha256 ?? "" }))}
            />
          )}
        </>
      )}
      {action === "return-result" && (
        <>
          <SelectField label={t("dossier.returnMethod")} value={v.method} onChange={set("method")}>
            {(["counter", "post", "online"] as const).map((m) => (
              <option key={m} value={m}>
                {t(`dossier.return.${m}`)}
              </option>
            ))}
          </SelectField>
          <CheckField
            id="pushed"
            label={t("dossier.pushed")}
            checked={confirm}
            onCheck={setConfirm}
          />
        </>
      )}
      {needsNote && (
        <TextArea label={t("dossier.note")} rows={2} value={v.note ?? ""} onChange={set("note")} />
      )}
      {action === "request-supplement" && d.supplementRequests > 0 && (
        <TextArea
          label={t("dossier.repeatReason")}
          hint={t("dossier.repeatReasonHint")}
          rows={3}
          required
          minLength={10}
          value={v.repeatReason ?? ""}
          onChange={set("repeatReason")}
          error={err("repeatReason")}
        />
      )}
      {action === "request-supplement" && d.supplementRequests > 0 && (
        <div className="check alert alert-warn">
          <input
            id="confirm-second"
            type="checkbox"
            checked={confirm}
            onChange={(e) => setConfirm(e.target.checked)}
            required
          />
          <label htmlFor="confirm-second">{t("dossier.secondRequest")}</label>
        </div>
      )}
      <div className="row">
        <Button
          type="submit"
          variant={DANGER.has(action) ? "danger" : "primary"}
          busy={busy}
          disabled={action === "issue-result" && !v.file}
          title={action === "issue-result" && !v.file ? t("dossier.resultNeeded") : undefined}
        >
          {t("dossier.confirm")}: {ACTION_NAMES[action][lang]}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
