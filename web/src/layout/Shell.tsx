import type { ReactNode } from "react";
import type { Role } from "../api/identity.ts";
import { useT } from "../i18n/index.tsx";
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
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <Header />
      <div className={bare ? "shell-body shell-bare" : "shell-body"}>
        {!bare && <SideNav roles={roles} />}
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
