// A page's heading: sets the document title and takes focus after navigation so keyboard and
// screen-reader users start at the new content.
import { type ReactNode, useEffect, useRef } from "react";
import { useT } from "../i18n/index.tsx";
import { Link } from "../router.tsx";

export function Page({
  title,
  lead,
  back,
  actions = back && (
    <Link to={back.to} className="btn btn-ghost">
      ← {back.label}
    </Link>
  ),
  children,
  narrow,
}: {
  title: string;
  lead?: ReactNode;
  /** A link back to the page this one is part of (in place of other actions). */
  back?: { to: string; label: string };
  actions?: ReactNode;
  children: ReactNode;
  narrow?: boolean;
}) {
  const t = useT();
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — ${t("app.short")}`;
  }, [title, t]);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement?.closest("nav"))
      h1.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className={narrow ? "page page-narrow" : "page"}>
      <div className="page-head">
        <div>
          <h1 ref={h1} tabIndex={-1}>
            {title}
          </h1>
          {lead && <p className="lead">{lead}</p>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}

export function Section({
  title,
  children,
  id,
  className,
}: {
  title: string;
  children: ReactNode;
  id?: string;
  className?: string;
}) {
  const hid = id ? `${id}-h` : undefined;
  return (
    <section className={`card ${className ?? ""}`} aria-labelledby={hid}>
      <h2 id={hid}>{title}</h2>
      {children}
    </section>
  );
}

/** A card headed by its title; the heading's id names the section. */
export function Card({
  headingId,
  title,
  children,
}: {
  headingId: string;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
