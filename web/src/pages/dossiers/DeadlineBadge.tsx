import { type Key, useT } from "../../i18n/index.tsx";
import { deadline, TONE_CLASS, type Tone } from "./deadline.ts";

const LABEL: Record<Tone, Key> = {
  late: "due.late",
  today: "due.today",
  soon: "due.soon",
  early: "due.early",
  none: "due.none",
  onTime: "due.onTime",
  finishedLate: "due.finishedLate",
};

const ICON: Record<Tone, string> = {
  late: "●",
  today: "◆",
  soon: "▲",
  early: "○",
  none: "–",
  onTime: "✓",
  finishedLate: "●",
};

/** Colour plus a word and a shape: never colour alone (WCAG 1.4.1). */
export function DeadlineBadge({
  dueAt,
  finishedAt,
  now,
}: {
  dueAt: string | null;
  finishedAt: string | null;
  now: number;
}) {
  const t = useT();
  const { tone, days } = deadline({ dueAt, finishedAt }, now);
  const extra =
    tone === "late" || tone === "finishedLate"
      ? t("due.lateBy", { n: days })
      : tone === "soon" || tone === "early"
        ? t("due.left", { n: days })
        : "";
  return (
    <span className={`deadline ${TONE_CLASS[tone]}`}>
      <span aria-hidden="true" className="deadline-icon">
        {ICON[tone]}
      </span>
      {t(LABEL[tone])}
      {extra && <span className="deadline-extra"> · {extra}</span>}
    </span>
  );
}

export function DeadlineLegend() {
  const t = useT();
  const tones: Tone[] = ["late", "today", "soon", "early"];
  return (
    <p className="legend">
      <span className="muted">{t("queue.legend")}:</span>
      {tones.map((tone) => (
        <span key={tone} className={`deadline ${TONE_CLASS[tone]}`}>
          <span aria-hidden="true" className="deadline-icon">
            {ICON[tone]}
          </span>
          {t(LABEL[tone])}
        </span>
      ))}
    </p>
  );
}
