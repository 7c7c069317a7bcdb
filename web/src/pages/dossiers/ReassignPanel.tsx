// The unit's leader gives the open step to another person of the unit holding its role, with a
// reason; the server offers the list only to a leader of that unit and records the event.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { post } from "../../api/client.ts";
import { type DossierDetail, usePickList } from "../../api/dossiers.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { TextArea } from "../../ui/Field.tsx";
import { PickField } from "../../ui/Filters.tsx";
import { Section } from "../../ui/Page.tsx";
import { Success } from "../../ui/Status.tsx";

export function ReassignPanel({ d }: { d: DossierDetail }) {
  const { t } = useI18n();
  const q = usePickList(d.code, "reassign", d.version);
  const qc = useQueryClient();
  const [id, setId] = useState("");
  const [reason, setReason] = useState("");
  const m = useMutation({
    mutationFn: () =>
      post(`/api/dossiers/${encodeURIComponent(d.code)}/reassign`, {
        version: d.version,
        assignee: { id },
        reason: reason.trim(),
      }),
    onSuccess: () => {
      setReason("");
      qc.invalidateQueries({ queryKey: ["dossier", d.code] });
      qc.invalidateQueries({ queryKey: ["dossiers"] });
    },
  });
  const list = q.data;
  // Nobody to give it to but the one who holds it: nothing to offer.
  const current = d.steps.find((s) => !s.doneAt)?.assigneeId ?? null;
  const others = list?.people.filter((p) => p.id !== current) ?? [];
  if (!list?.step || !others.length) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    m.mutate();
  };
  return (
    <Section title={t("dossier.reassign")} id="reassign">
      {m.isSuccess && <Success>{t("dossier.reassigned")}</Success>}
      {m.isError && <ErrorBox error={m.error} />}
      <form className="form" onSubmit={submit} aria-label={t("dossier.reassign")}>
        <PickField
          label={t("dossier.pickAssignee")}
          hint={t("dossier.pickHint", { step: list.step.name, unit: list.step.unitName })}
          required
          value={id}
          onValue={setId}
          empty={t("dossier.pickChoose")}
          items={others}
          keyOf={(p) => p.id}
          labelOf={(p) => p.name}
        />
        <TextArea
          label={t("dossier.reason")}
          rows={2}
          required
          minLength={3}
          value={reason}
          onValue={setReason}
        />
        <Button type="submit" disabled={m.isPending}>
          {t("dossier.reassign")}
        </Button>
      </form>
    </Section>
  );
}
