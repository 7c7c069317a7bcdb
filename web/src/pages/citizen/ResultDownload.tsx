// Download of the signed electronic result from the look-up page (code and secret in the body).
import { downloadResult } from "../../api/citizen.ts";
import { useI18n } from "../../i18n/index.tsx";
import { DownloadButton } from "../../ui/DownloadButton.tsx";
import { Section } from "../../ui/Page.tsx";

export function ResultDownload({ code, secret }: { code: string; secret: string }) {
  const { t } = useI18n();
  return (
    <Section title={t("result.title")} id="result-download">
      <DownloadButton label={t("result.download")} download={() => downloadResult(code, secret)} />
    </Section>
  );
}
