// The public look-ups by a code and its secret (a dossier, a complaint): the two fields, the
// question asked once both are given, and the answer's state (searching, not found, refused).
import { type FormEvent, type ReactNode, useState } from "react";
import { ApiError } from "../../api/client.ts";
import { Button } from "../../ui/Button.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { TextField } from "../../ui/Field.tsx";
import { Loading } from "../../ui/Status.tsx";

export interface Asked {
  code: string;
  secret: string;
}

/** The typed code and secret, and what was asked (trimmed, then `norm`) once both are given. */
export function useCodeSecret(initialCode: string, norm: (s: string) => string = (s) => s) {
  const [code, setCode] = useState(initialCode);
  const [secret, setSecret] = useState("");
  const [asked, setAsked] = useState<Asked | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim() && secret.trim())
      setAsked({ code: norm(code.trim()), secret: norm(secret.trim()) });
  };
  return { code, setCode, secret, setSecret, asked, setAsked, submit };
}

/** A code typed as printed: no autocompletion, no spelling check. */
export function CodeField(props: {
  label: string;
  hint?: string;
  value: string;
  onValue(v: string): void;
  maxLength?: number;
}) {
  return <TextField {...props} required autoComplete="off" spellCheck={false} />;
}

export function CodeSecretForm({
  s,
  label,
  labelledBy,
  codeLabel,
  codeHint,
  secretLabel,
  secretHint,
  secretMax,
  busy,
  submit,
  children,
}: {
  s: ReturnType<typeof useCodeSecret>;
  label?: string;
  labelledBy?: string;
  codeLabel: string;
  codeHint?: string;
  secretLabel: string;
  secretHint?: string;
  secretMax: number;
  busy: boolean;
  submit: string;
  /** Shown under the button (a privacy note). */
  children?: ReactNode;
}) {
  return (
    <form className="form" onSubmit={s.submit} aria-label={label} aria-labelledby={labelledBy}>
      <CodeField label={codeLabel} hint={codeHint} value={s.code} onValue={s.setCode} />
      <CodeField
        label={secretLabel}
        hint={secretHint}
        value={s.secret}
        onValue={s.setSecret}
        maxLength={secretMax}
      />
      <Button type="submit" busy={busy}>
        {submit}
      </Button>
      {children}
    </form>
  );
}

/** While the first answer is awaited, a spinner; a 404 says `notFound`; any other refusal, itself. */
export function LookupStatus({
  r,
  notFound,
}: {
  r: { isFetching: boolean; data: unknown; isError: boolean; error: unknown };
  notFound: string;
}) {
  const missing = r.error instanceof ApiError && r.error.status === 404;
  return (
    <>
      {r.isFetching && !r.data && <Loading />}
      {missing && (
        <div className="alert alert-error" role="alert">
          <p>{notFound}</p>
        </div>
      )}
      {r.isError && !missing && <ErrorBox error={r.error} />}
    </>
  );
}
