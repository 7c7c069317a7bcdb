import { type ReactNode, useState } from "react";
import type { Role } from "../api/identity.ts";
import { useT } from "../i18n/index.tsx";
import { useLocation } from "../router.tsx";
import { Header } from "./Header.tsx";
import { SideNav } from "./SideNav.tsx";

export function Shell({
  roles,
  bare,
  children,
}: {
  roles: Role[] | null;
  bare?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const { path } = useLocation();
  // On narrow screens the side navigation hides behind the header's menu button; a new page closes it.
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const menuOpen = menuFor === path;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <Header
        menu={
          bare ? undefined : { open: menuOpen, toggle: () => setMenuFor(menuOpen ? null : path) }
        }
      />
      <div className={bare ? "shell-body shell-bare" : "shell-body"}>
        {!bare && <SideNav roles={roles} open={menuOpen} />}
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </div>
  );
}
