// The actions on a dossier: one button per action the user may take; the chosen one opens its
// form (reasons, items, notes) and posts it with the dossier's version (optimistic concurrency).
import { useState } from "react";
import { ApiError } from "../../api/client.ts";
import {
  type DossierAction,
  type DossierActionDraft,
  type DossierDetail,
  useDossierAction,
  withVersion,
} from "../../api/dossiers.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Success } from "../../ui/Status.tsx";
import { ActionForm } from "./ActionForm.tsx";
import { ACTION_NAMES, DANGER } from "./actions.ts";

export function ActionPanel({ d, onStale }: { d: DossierDetail; onStale(): void }) {
  const { t, lang } = useI18n();
  const act = useDossierAction(d.code);
  const [open, setOpen] = useState<DossierAction | null>(null);
  const [done, setDone] = useState<{ action: DossierAction; warning?: string } | null>(null);
  // The server's list for this user and this dossier (policy and state): one button each.
  const actions = d.allowedActions;

  const run = (draft: DossierActionDraft) => {
    const action = draft.action;
    setDone(null);
    act.mutate(withVersion(draft, d.version), {
      onSuccess: (r) => {
        setOpen(null);
        setDone({ action, warning: r.warning?.[lang] });
      },
      onError: (e) => {
        if (e instanceof ApiError && e.status === 409) onStale();
      },
    });
  };

  return (
    <div className="stack">
      {done && <Success>{t("dossier.done", { action: ACTION_NAMES[done.action][lang] })}</Success>}
      {done?.warning && (
        <p className="alert alert-warn" role="status">
          <strong>{t("dossier.warning")}:</strong> {done.warning}
        </p>
      )}
      {act.isError && <ErrorBox error={act.error} />}
      {actions.length === 0 ? (
        <p className="muted">{t("dossier.noActions")}</p>
      ) : (
        <div className="action-buttons">
          {actions.map((a) => (
            <Button
              key={a}
              variant={open === a ? "primary" : DANGER.has(a) ? "ghost" : "secondary"}
              aria-expanded={open === a}
              aria-controls={`form-${a}`}
              onClick={() => {
                act.reset();
                setOpen(open === a ? null : a);
              }}
            >
              {ACTION_NAMES[a][lang]}
            </Button>
          ))}
        </div>
      )}
      {open && (
        <div id={`form-${open}`}>
          <ActionForm
            key={open}
            action={open}
            d={d}
            busy={act.isPending}
            error={act.error}
            onSubmit={run}
            onCancel={() => setOpen(null)}
          />
        </div>
      )}
    </div>
  );
}
