// The end of a form that sends one change: the server's refusal, the confirmation once done, and
// the submit button (busy while sending).
import type { ReactNode } from "react";
import { useT } from "../i18n/index.tsx";
import { Button } from "./Button.tsx";
import { ErrorBox } from "./ErrorBox.tsx";
import { Success } from "./Status.tsx";

/** What SubmitBar needs of a mutation (a TanStack Query mutation fits). */
export interface MutationLike {
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  error: unknown;
}

export function SubmitBar({
  m,
  done,
  disabled,
  children,
}: {
  m: MutationLike;
  /** Shown once the change is made. */
  done?: ReactNode;
  disabled?: boolean;
  /** The button's text. */
  children: ReactNode;
}) {
  return (
    <>
      {m.isError && <ErrorBox error={m.error} />}
      {m.isSuccess && done && <Success>{done}</Success>}
      <Button type="submit" busy={m.isPending} disabled={disabled}>
        {children}
      </Button>
    </>
  );
}

/** A titled form that sends one change: its fields, then the submit bar. */
export function ChangeForm({
  title,
  label,
  m,
  done,
  submit,
  onSubmit,
  className = "subcard",
  children,
}: {
  title: string;
  /** The form's accessible name when it differs from the title. */
  label?: string;
  m: MutationLike;
  done?: ReactNode;
  /** The submit button's text. */
  submit: ReactNode;
  onSubmit(): void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      className={className}
      aria-label={label ?? title}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h3>{title}</h3>
      {children}
      <SubmitBar m={m} done={done}>
        {submit}
      </SubmitBar>
    </form>
  );
}

/** A form's submit button and "cancel" beside it. */
export function SubmitCancel({
  busy,
  disabled,
  title,
  onCancel,
  children,
}: {
  busy: boolean;
  disabled?: boolean;
  title?: string;
  onCancel(): void;
  /** The submit button's text. */
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="action-buttons">
      <Button type="submit" busy={busy} disabled={disabled} title={title}>
        {children}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        {t("common.cancel")}
      </Button>
    </div>
  );
}
