// A button that fetches a file (secrets in the request body, never in a URL) and saves it; shows
// the server's error beside it.
import { useState } from "react";
import type { ApiError } from "../api/client.ts";
import { Button } from "./Button.tsx";
import { ErrorBox } from "./ErrorBox.tsx";

export function DownloadButton({ label, download }: { label: string; download(): Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <>
      <Button
        type="button"
        busy={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await download();
          } catch (e) {
            setError(e as ApiError);
          } finally {
            setBusy(false);
          }
        }}
      >
        {label}
      </Button>
      {error && <ErrorBox error={error} />}
    </>
  );
}
