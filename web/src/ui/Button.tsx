import type { ButtonHTMLAttributes } from "react";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: "primary" | "secondary" | "danger" | "ghost" | "link";
  small?: boolean;
  busy?: boolean;
};

export function Button({
  variant = "primary",
  small,
  busy,
  className,
  disabled,
  type = "button",
  children,
  ...rest
}: Props) {
  const cls = ["btn", `btn-${variant}`, small ? "btn-small" : "", className ?? ""]
    .filter(Boolean)
    .join(" ");
  return (
    <button
      type={type}
      className={cls}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {busy && <span className="spinner spinner-small" aria-hidden="true" />}
      {children}
    </button>
  );
}

/** A small button acting on one item of a list; screen readers hear which (`of`). */
export function ItemButton({
  label,
  of,
  onClick,
  disabled,
}: {
  label: string;
  of: string;
  onClick(): void;
  disabled?: boolean;
}) {
  return (
    <Button small variant="ghost" disabled={disabled} onClick={onClick}>
      {label}
      <span className="sr-only"> {of}</span>
    </Button>
  );
}
