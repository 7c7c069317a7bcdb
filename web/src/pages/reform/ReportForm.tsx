// A unit's progress report on one task: status and text.
import { useState } from "react";
import { useReport } from "../../api/reform.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { SelectField, TextArea } from "../../ui/Field.tsx";
import { Success } from "../../ui/Status.tsx";

export function ReportForm(p: {
  taskId: string;
  taskRef: string;
  agency: string;
  agencyName: string;
}) {
  const { t } = useI18n();
  const m = useReport();
  const [status, setStatus] = useState("in_progress");
  const [text, setText] = useState("");
  return (
    <form
      className="subcard"
      aria-label={`${t("reform.reportFor", { unit: p.agencyName })} (${p.taskRef})`}
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate({ taskId: p.taskId, agency: p.agency, status, text });
      }}
    >
      <h3>{t("reform.reportFor", { unit: p.agencyName })}</h3>
      <SelectField
        label={t("reform.status")}
        value={status}
        onChange={(e) => setStatus(e.target.value)}
      >
        <option value="in_progress">{t("reform.report.in_progress")}</option>
        <option value="done">{t("reform.report.done")}</option>
        <option value="blocked">{t("reform.report.blocked")}</option>
      </SelectField>
      <TextArea
        label={t("reform.reportText")}
        value={text}
        onChange={(e) => setText(e.target.value)}
        required
      />
      <ErrorBox error={m.error} />
      {m.isSuccess && <Success>{t("reform.reported")}</Success>}
      <Button type="submit" busy={m.isPending}>
        {t("reform.sendReport")}
      </Button>
    </form>
  );
}
