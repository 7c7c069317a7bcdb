// A page that throws while drawing — or whose code fails to load after a new version was installed
// (a lazy chunk that is gone) — shows a message with "reload" instead of blanking the whole app.
// Given the path in App, so moving to another page starts afresh (the page itself is not remounted).
import { Component, type ErrorInfo, type ReactNode } from "react";
import { useT } from "../i18n/index.tsx";

/** A dynamic import that failed: the browser's words differ, the cause is the same. */
export function isChunkError(e: unknown): boolean {
  const m = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  return /dynamically imported module|importing a module script failed|ChunkLoadError|Loading chunk|error loading dynamically/i.test(
    m,
  );
}

export function Crashed({ error, onReload }: { error: unknown; onReload(): void }) {
  const t = useT();
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{t("kit.crashTitle")}</p>
      <p>{t(isChunkError(error) ? "kit.crashChunk" : "kit.crashOther")}</p>
      <button type="button" className="btn btn-primary btn-small" onClick={onReload}>
        {t("kit.reload")}
      </button>
    </div>
  );
}

interface Props {
  children: ReactNode;
  /** A change of this value (the path) clears the failure. */
  resetKey?: string;
  /** What "reload" does; the browser's reload when left out. */
  onReload?: () => void;
}

export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error("unknown") };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // The console only: no personal data leaves the browser from here.
    console.error(
      "page failed",
      error instanceof Error ? error.message : error,
      info.componentStack,
    );
  }

  override componentDidUpdate(prev: Props) {
    if (prev.resetKey !== this.props.resetKey && this.state.error !== null)
      this.setState({ error: null });
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const reload = this.props.onReload ?? (() => window.location.reload());
    return <Crashed error={this.state.error} onReload={reload} />;
  }
}
