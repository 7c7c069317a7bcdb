import type { Role } from "../api/identity.ts";
import { type Key, useT } from "../i18n/index.tsx";
import { Link, useLocation } from "../router.tsx";
import { type NavItem, navFor } from "./nav.ts";

const GROUPS: { id: NavItem["group"]; label: Key }[] = [
  { id: "work", label: "nav.groupWork" },
  { id: "public", label: "nav.groupPublic" },
  { id: "admin", label: "nav.groupAdmin" },
];

export function SideNav({ roles, open }: { roles: Role[] | null; open?: boolean }) {
  const t = useT();
  const { path } = useLocation();
  const items = navFor(roles);
  const matches = (to: string) =>
    to === "/" ? path === "/" : path === to || path.startsWith(`${to}/`);
  // The most specific item is the current one ("/phan-anh/xu-ly" over "/phan-anh").
  const current = items
    .filter((i) => matches(i.to))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to;
  const isCurrent = (to: string) => to === current;
  return (
    <nav
      id="side-nav"
      className={open ? "side-nav side-nav-open" : "side-nav"}
      aria-label={t("nav.label")}
    >
      {GROUPS.map((g) => {
        const list = items.filter((i) => i.group === g.id);
        if (!list.length) return null;
        return (
          <div key={g.id} className="nav-group">
            <p className="nav-group-title" id={`nav-${g.id}`}>
              {t(g.label)}
            </p>
            <ul aria-labelledby={`nav-${g.id}`}>
              {list.map((i) => (
                <li key={i.to}>
                  <Link to={i.to} aria-current={isCurrent(i.to) ? "page" : undefined}>
                    {t(i.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
