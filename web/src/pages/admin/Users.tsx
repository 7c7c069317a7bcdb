import { useState } from "react";
import { useAgencies, useRoles, useUsers } from "../../api/identity.ts";
import { useI18n } from "../../i18n/index.tsx";
import { ErrorBox } from "../../ui/ErrorBox.tsx";
import { fold } from "../../ui/fold.ts";
import { Page, Section } from "../../ui/Page.tsx";
import { Empty, Loading } from "../../ui/Status.tsx";
import { UserForm } from "./UserForm.tsx";

export default function Users() {
  const { t, lang } = useI18n();
  const users = useUsers();
  const roles = useRoles();
  const agencies = useAgencies();
  const [filter, setFilter] = useState("");
  const roleName = (id: string) => roles.data?.find((r) => r.id === id)?.[lang] ?? id;
  const agencyName = (code: string) => agencies.data?.find((a) => a.code === code)?.name ?? code;
  const q = fold(filter.trim());
  const list = (users.data ?? []).filter(
    (u) => !q || fold(`${u.fullName} ${u.username}`).includes(q),
  );
  if (users.isError)
    return (
      <Page title={t("users.title")} lead={t("users.lead")}>
        <ErrorBox error={users.error} onRetry={() => users.refetch()} />
      </Page>
    );
  return (
    <Page title={t("users.title")} lead={t("users.lead")}>
      <div className="split split-wide">
        <Section
          title={users.data ? t("users.count", { n: users.data.length }) : t("users.title")}
          id="list"
        >
          <div className="field">
            <label htmlFor="user-filter">{t("users.filter")}</label>
            <input
              id="user-filter"
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </div>
          {users.isPending ? (
            <Loading />
          ) : list.length === 0 ? (
            <Empty>{t("users.none")}</Empty>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t("users.fullName")}</th>
                    <th scope="col">{t("users.username")}</th>
                    <th scope="col">{t("users.grants")}</th>
                    <th scope="col">{t("common.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((u) => (
                    <tr key={u.id}>
                      <td>{u.fullName}</td>
                      <td>
                        <code>{u.username}</code>
                      </td>
                      <td>
                        <ul className="plain">
                          {u.grants.map((g) => (
                            <li key={`${g.role}-${g.agencyCode}`}>
                              {roleName(g.role)} —{" "}
                              <span className="muted">{agencyName(g.agencyCode)}</span>
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>
                        <span className={u.active ? "badge badge-ok" : "badge badge-late"}>
                          {u.active ? t("users.active") : t("users.inactive")}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Section>
        <Section title={t("users.create")} id="create">
          <UserForm roles={roles.data ?? []} agencies={agencies.data ?? []} />
        </Section>
      </div>
    </Page>
  );
}
