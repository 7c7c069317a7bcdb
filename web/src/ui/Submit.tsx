// The end of a form that sends one change: the server's refusal, the confirmation once done, and
// the submit button (busy while sending).
import type { ReactNode } from "react";
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
