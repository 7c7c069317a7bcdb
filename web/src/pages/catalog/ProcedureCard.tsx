import type { ProcedureSummary } from "../../api/catalog.ts";
import { duration, money } from "../../i18n/format.ts";
import { useI18n } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";

export function OnlineBadge({ level }: { level: ProcedureSummary["onlineLevel"] }) {
  const { t } = useI18n();
  const cls =
    level === "full"
      ? "badge badge-ok"
      : level === "partial"
        ? "badge badge-info"
        : "badge badge-neutral";
  return <span className={cls}>{t(`catalog.online.${level}`)}</span>;
}

export function feeText(
  p: Pick<ProcedureSummary, "fees">,
  lang: "vi" | "en",
  free: string,
): string {
  const total = p.fees.reduce((s, f) => s + f.amount, 0);
  return total === 0 ? free : p.fees.map((f) => `${f.name}: ${money(lang, f.amount)}`).join("; ");
}

export function ProcedureCard({ p }: { p: ProcedureSummary }) {
  const { t, lang } = useI18n();
  return (
    <article className="proc-card">
      <h3>
        <Link to={`/thu-tuc/${encodeURIComponent(p.code)}`}>{p.name}</Link>
      </h3>
      <p className="proc-meta">
        <span>
          {t("catalog.code")}: <code>{p.code}</code>
        </span>
        <span>
          {t("catalog.field")}: {p.field}
        </span>
        <span>{t(`catalog.level.${p.level}`)}</span>
        <OnlineBadge level={p.onlineLevel} />
      </p>
      <p className="proc-facts">
        <span>
          <strong>{t("catalog.duration")}:</strong> {duration(t, p.duration)}
        </span>
        <span>
          <strong>{t("catalog.fees")}:</strong> {feeText(p, lang, t("catalog.free"))}
        </span>
      </p>
    </article>
  );
}
