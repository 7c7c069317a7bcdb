// An error in the reader's language, with what to do next.
import { ApiError } from "../api/client.ts";
import { type Key, useI18n } from "../i18n/index.tsx";
import { Link } from "../router.tsx";

const TODO: Record<number, Key> = {
  401: "error.todo.401",
  403: "error.todo.403",
  404: "error.todo.404",
  409: "error.todo.409",
  429: "error.todo.429",
  500: "error.todo.500",
};

export function errorText(e: unknown, lang: "vi" | "en"): string {
  if (e instanceof ApiError) return e.messages[lang];
  return e instanceof Error ? e.message : String(e);
}

export function ErrorBox({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const { t, lang } = useI18n();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const status = api?.status ?? -1;
  const todo = status === 0 ? null : TODO[Math.min(status, 500)];
  const message =
    api?.status === 0 ? t("error.network") : api ? api.messages[lang] : t("error.unknown");
  const fields = api?.fieldErrors.filter((f) => !message.includes(f[lang])) ?? [];
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{title ?? t("error.title")}</p>
      <p>{message}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f.field}>
              <code>{f.field}</code>: {f[lang]}
            </li>
          ))}
        </ul>
      )}
      {todo && (
        <p className="alert-todo">
          {t(todo)}
          {status >= 500 && api?.requestId ? `: ${api.requestId}` : ""}
          {status === 401 && (
            <>
              {" "}
              <Link to={`/dang-nhap?next=${encodeURIComponent(window.location.pathname)}`}>
                {t("error.signInAgain")}
              </Link>
            </>
          )}
        </p>
      )}
      {onRetry && (status <= 0 || status === 429 || status >= 500) && (
        <button type="button" className="btn btn-secondary btn-small" onClick={onRetry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}
