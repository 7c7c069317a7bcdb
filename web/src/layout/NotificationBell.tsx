// The bell in the header: unread notifications (deadline warnings, late dossiers), the list in a
// panel that opens under the button, each with a link to its dossier and "mark read".
import { useEffect, useId, useRef, useState } from "react";
import { useMarkRead, useNotifications } from "../api/late.ts";
import { formatDateTime, useI18n } from "../i18n/index.tsx";
import { Link } from "../router.tsx";
import { ErrorBox } from "../ui/ErrorBox.tsx";
import { Loading } from "../ui/Status.tsx";

export function NotificationBell() {
  const { t, lang } = useI18n();
  const q = useNotifications(true);
  const read = useMarkRead();
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const list = q.data ?? [];
  const unread = list.filter((n) => !n.readAt);

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  return (
    <div className="bell">
      <button
        ref={button}
        type="button"
        className="btn btn-ghost btn-small bell-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z"
          />
        </svg>
        <span>{t("notes.title")}</span>
        {unread.length > 0 && (
          <span className="bell-count">
            {unread.length}
            <span className="sr-only"> {t("notes.unread")}</span>
          </span>
        )}
      </button>
      {open && (
        <section
          ref={panel}
          id={`${id}-panel`}
          className="bell-panel"
          aria-labelledby={`${id}-h`}
          tabIndex={-1}
        >
          <h2 id={`${id}-h`} className="bell-title">
            {t("notes.title")}{" "}
            <span className="muted small">{t("notes.count", { n: unread.length })}</span>
          </h2>
          {q.isPending ? (
            <Loading />
          ) : q.isError ? (
            <ErrorBox error={q.error} onRetry={() => q.refetch()} />
          ) : list.length === 0 ? (
            <p className="empty">{t("notes.none")}</p>
          ) : (
            <ul className="note-list">
              {list.map((n) => (
                <li key={n.id} className={n.readAt ? "note-read" : "note-unread"}>
                  <p className="note-head">
                    <span className={`badge ${n.kind === "late" ? "badge-late" : "badge-warn"}`}>
                      {t(`notes.kind.${n.kind}`)}
                    </span>{" "}
                    <Link
                      to={
                        n.kind === "task_late"
                          ? "/cai-cach/nhiem-vu?tinh-trang=late"
                          : `/ho-so/${encodeURIComponent(n.dossierCode)}`
                      }
                      onClick={() => setOpen(false)}
                    >
                      {n.dossierCode}
                    </Link>
                  </p>
                  <p>{n.message[lang]}</p>
                  <p className="note-foot muted small">
                    {formatDateTime(lang, n.createdAt)}
                    {!n.readAt && (
                      <button
                        type="button"
                        className="btn btn-link btn-small"
                        disabled={read.isPending}
                        onClick={() => read.mutate(n.id)}
                      >
                        {t("notes.markRead")}
                        <span className="sr-only"> {n.dossierCode}</span>
                      </button>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <p className="bell-more">
            <Link to="/ho-so-tre-han" onClick={() => setOpen(false)}>
              {t("late.title")} →
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
