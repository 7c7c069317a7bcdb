// Loading, empty and success states: announced to screen readers, never a blank page.
import type { ReactNode } from "react";
import { useT } from "../i18n/index.tsx";

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t("common.loading")}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const t = useT();
  return <p className="empty">{children ?? t("common.empty")}</p>;
}

export function Success({ children }: { children: ReactNode }) {
  return (
    <p className="alert alert-success" role="status">
      {children}
    </p>
  );
}
