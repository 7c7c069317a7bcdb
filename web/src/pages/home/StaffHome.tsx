// The signed-in home: what the user can do, by role, and where they hold each role.
import type { Me, Role } from "../../api/identity.ts";
import { useT } from "../../i18n/index.tsx";
import { navFor } from "../../layout/nav.ts";
import { Link } from "../../router.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { PlainTable } from "../../ui/Table.tsx";
import { AdminSummary } from "./AdminSummary.tsx";
import { MyInbox } from "./MyInbox.tsx";
import { OnlineTray } from "./OnlineTray.tsx";
import { UncollectedResults } from "./UncollectedResults.tsx";

export function StaffHome({ me }: { me: Me }) {
  const t = useT();
  const roles = [...new Set(me.grants.map((g) => g.role))] as Role[];
  const active = me.activeAgency ?? me.grants[0]?.agencyCode ?? null;
  const activeName = me.grants.find((g) => g.agencyCode === active)?.agencyName ?? "—";
  const tasks = navFor(roles).filter((i) => i.to !== "/");
  return (
    <Page
      title={t("home.greeting", { name: me.fullName })}
      lead={t("home.lead", { agency: activeName })}
    >
      {roles.includes("admin") && <AdminSummary />}
      {(roles.includes("reception") || roles.includes("center_manager")) && <OnlineTray />}
      {(roles.includes("reception") || roles.includes("center_manager")) && <UncollectedResults />}
      {(["reception", "handler", "leader", "head"] as Role[]).some((r) => roles.includes(r)) && (
        <MyInbox />
      )}
      {tasks.length > 0 && (
        <Section title={t("home.tasks")} id="tasks">
          <ul className="task-grid">
            {tasks.map((i) => (
              <li key={i.to}>
                <Link to={i.to} className="task">
                  <span className="task-title">{t(i.label)}</span>
                  <span className="task-hint">{t(i.hint)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={t("home.roles")} id="roles">
        <p className="muted">{t("home.rolesLead")}</p>
        {me.grants.length === 0 ? (
          <p className="alert alert-info">{t("home.noRoles")}</p>
        ) : (
          <PlainTable
            rows={me.grants}
            rowKey={(g) => `${g.role}-${g.agencyCode}`}
            rowClass={(g) => (g.agencyCode === active ? "row-active" : undefined)}
            columns={[
              { header: t("user.role"), cell: (g) => g.roleName },
              {
                header: t("users.agency"),
                cell: (g) => (
                  <>
                    {g.agencyName}
                    {g.agencyCode === active && (
                      <span className="badge badge-info">{t("home.active")}</span>
                    )}
                  </>
                ),
              },
              { header: t("common.code"), cell: (g) => <code>{g.agencyCode}</code> },
            ]}
          />
        )}
      </Section>
    </Page>
  );
}
