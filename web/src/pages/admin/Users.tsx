import { type UserRow, useAgencies, useRoles, useUsers } from "../../api/identity.ts";
import { useI18n } from "../../i18n/index.tsx";
import { type Column, ListSection } from "../../ui/ListPage.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { UserForm } from "./UserForm.tsx";

export default function Users() {
  const { t, lang } = useI18n();
  const users = useUsers();
  const roles = useRoles();
  const agencies = useAgencies();
  const roleName = (id: string) => roles.data?.find((r) => r.id === id)?.[lang] ?? id;
  const agencyName = (code: string) => agencies.data?.find((a) => a.code === code)?.name ?? code;
  const columns: Column<UserRow>[] = [
    { key: "fullName", header: t("users.fullName"), value: (u) => u.fullName },
    {
      key: "username",
      header: t("users.username"),
      value: (u) => u.username,
      render: (u) => <code>{u.username}</code>,
    },
    {
      key: "grants",
      header: t("users.grants"),
      render: (u) => (
        <ul className="plain">
          {u.grants.map((g) => (
            <li key={`${g.role}-${g.agencyCode}`}>
              {roleName(g.role)} — <span className="muted">{agencyName(g.agencyCode)}</span>
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: "active",
      header: t("common.status"),
      value: (u) => (u.active ? t("users.active") : t("users.inactive")),
      render: (u) => (
        <span className={u.active ? "badge badge-ok" : "badge badge-late"}>
          {u.active ? t("users.active") : t("users.inactive")}
        </span>
      ),
    },
  ];
  return (
    <Page title={t("users.title")} lead={t("users.lead")}>
      <div className="split split-wide">
        <ListSection
          id="list"
          query={users}
          rows={(d) => d}
          heading={(rows) => (rows ? t("users.count", { n: rows.length }) : t("users.title"))}
          empty={t("users.none")}
          filterLabel={t("users.filter")}
          columns={columns}
          rowKey={(u) => u.id}
        />
        <Section title={t("users.create")} id="create">
          <UserForm roles={roles.data ?? []} agencies={agencies.data ?? []} />
        </Section>
      </div>
    </Page>
  );
}
