import type { LiveState } from "../../api/index766.ts";
import { useI18n } from "../../i18n/index.tsx";

export function LiveBadge({ state, at }: { state: LiveState; at: number | null }) {
  const { t, lang } = useI18n();
  const time = at
    ? new Date(at).toLocaleTimeString(lang === "vi" ? "vi-VN" : "en-GB", {
        timeZone: "Asia/Ho_Chi_Minh",
      })
    : "";
  return (
    <p className={`live live-${state}`} role="status">
      <span className="live-dot" aria-hidden="true" />
      {state === "live"
        ? `${t("index.live")} · ${t("index.liveAt", { time })}`
        : state === "connecting"
          ? t("index.connecting")
          : t("index.retrying")}
    </p>
  );
}
