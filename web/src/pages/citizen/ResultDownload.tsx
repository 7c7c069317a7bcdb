// Download of the signed electronic result from the look-up page (code and secret in the body).
import { useState } from "react";
import { downloadResult } from "../../api/citizen.ts";
import type { ApiError } from "../../api/client.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { Section } from "../../ui/Page.tsx";

export function ResultDownload({ code, secret }: { code: string; secret: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <Section title={t("result.title")} id="result-download">
      <Button
        type="button"
        busy={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await downloadResult(code, secret);
          } catch (e) {
            setError(e as ApiError);
          } finally {
            setBusy(false);
          }
        }}
      >
        {t("result.download")}
      </Button>
      {error && <ErrorBox error={error} />}
    </Section>
  );
}
