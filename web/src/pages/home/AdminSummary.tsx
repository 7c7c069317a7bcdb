// For administrators: the size of what they manage, from the live tree and user list.
import { useAgencies, useUsers } from "../../api/identity.ts";
import { type Key, useT } from "../../i18n/index.tsx";
import { Link } from "../../router.tsx";

export function AdminSummary() {
  const t = useT();
  const agencies = useAgencies();
  const users = useUsers();
  const live = agencies.data?.filter((a) => !a.mergedInto) ?? [];
  const byLevel = (l: string) => live.filter((a) => a.level === l).length;
  const stats: { label: Key; value: number | undefined; to: string }[] = [
    {
      label: "agency.level.department",
      value: agencies.data && byLevel("department"),
      to: "/quan-tri/don-vi",
    },
    {
      label: "agency.level.commune",
      value: agencies.data && byLevel("commune"),
      to: "/quan-tri/don-vi",
    },
    {
      label: "agency.level.center",
      value: agencies.data && byLevel("center"),
      to: "/quan-tri/don-vi",
    },
    { label: "nav.users", value: users.data?.length, to: "/quan-tri/nguoi-dung" },
  ];
  return (
    <ul className="stat-grid">
      {stats.map((s) => (
        <li key={s.label} className="stat">
          <Link to={s.to}>
            <span className="stat-value">{s.value ?? "…"}</span>
            <span className="stat-label">{t(s.label)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
