// The server's verdict on timeliness as a badge: colour plus a word and a shape, never colour
// alone (WCAG 1.4.1).
import { type Key, useT } from "../../i18n/index.tsx";
import { type Timeliness, TONE_CLASS, type Verdict } from "./deadline.ts";

const ICON: Record<Verdict, string> = {
  late: "●",
  "finished-late": "●",
  "late-apologised": "✉",
  "finished-late-apologised": "✉",
  "due-today": "◆",
  "due-soon": "▲",
  "in-time": "○",
  "on-time": "✓",
  paused: "Ⅱ",
  none: "–",
};

export function DeadlineBadge({ t: v }: { t: Timeliness }) {
  const t = useT();
  const extra =
    (v.verdict === "late" || v.verdict === "finished-late") && v.days > 0
      ? t("due.lateBy", { n: v.days })
      : v.verdict === "due-soon" || v.verdict === "in-time" || v.verdict === "late-apologised"
        ? t("due.left", { n: v.days })
        : v.lateReason === "second-supplement"
          ? t("due.secondSupplement")
          : "";
  return (
    <span className={`deadline ${TONE_CLASS[v.verdict]}`} data-verdict={v.verdict}>
      <span aria-hidden="true" className="deadline-icon">
        {ICON[v.verdict]}
      </span>
      {t(`verdict.${v.verdict}` as Key)}
      {extra && <span className="deadline-extra"> · {extra}</span>}
    </span>
  );
}

export function DeadlineLegend() {
  const t = useT();
  const tones: Verdict[] = ["late", "late-apologised", "due-today", "due-soon", "in-time"];
  return (
    <p className="legend">
      <span className="muted">{t("queue.legend")}:</span>
      {tones.map((tone) => (
        <span key={tone} className={`deadline ${TONE_CLASS[tone]}`}>
          <span aria-hidden="true" className="deadline-icon">
            {ICON[tone]}
          </span>
          {t(`verdict.${tone}` as Key)}
        </span>
      ))}
    </p>
  );
}
