// A unit's progress report on one task: status, text and evidence files. For a remediation item
// of an inspection (`closing`), the form offers to close it, which needs evidence.
import { useState } from "react";
import { type ReportStatus, useReport } from "../../api/reform.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { SelectField, TextArea } from "../../ui/Field.tsx";
import { Success } from "../../ui/Status.tsx";
import { type Evidence, EvidenceUpload } from "./EvidenceUpload.tsx";

export function ReportForm(p: {
  taskId: string;
  taskRef: string;
  agency: string;
  agencyName: string;
  closing?: boolean;
}) {
  const { t } = useI18n();
  const m = useReport();
  const [status, setStatus] = useState<ReportStatus>(p.closing ? "done" : "in_progress");
  const [text, setText] = useState("");
  const [files, setFiles] = useState<Evidence[]>([]);
  const title = p.closing
    ? t("reform.remedyFor", { unit: p.agencyName })
    : t("reform.reportFor", { unit: p.agencyName });
  return (
    <form
      className="subcard"
      aria-label={`${title} (${p.taskRef})`}
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate(
          {
            taskId: p.taskId,
            agency: p.agency,
            status,
            text,
            evidence: files.map((f) => f.sha256),
          },
          { onSuccess: () => setFiles([]) },
        );
      }}
    >
      <h3>{title}</h3>
      <SelectField
        label={t("reform.status")}
        value={status}
        onValue={(v) => setStatus(v as ReportStatus)}
      >
        <option value="in_progress">{t("reform.report.in_progress")}</option>
        <option value="done">
          {t(p.closing ? "reform.report.remedied" : "reform.report.done")}
        </option>
        <option value="blocked">{t("reform.report.blocked")}</option>
      </SelectField>
      <TextArea label={t("reform.reportText")} value={text} onValue={setText} required />
      <EvidenceUpload
        label={t("reform.evidence")}
        required={p.closing && status === "done"}
        files={files}
        onChange={setFiles}
      />
      <ErrorBox error={m.error} />
      {m.isSuccess && <Success>{t("reform.reported")}</Success>}
      <Button type="submit" busy={m.isPending}>
        {t(p.closing && status === "done" ? "reform.closeItem" : "reform.sendReport")}
      </Button>
    </form>
  );
}
