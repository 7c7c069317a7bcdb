// The signed-out home: what a citizen can do without an account, and the way in for staff.
import { useAgencies } from "../../api/identity.ts";
import { useT } from "../../i18n/index.tsx";
import { navFor } from "../../layout/nav.ts";
import { Link } from "../../router.tsx";
import { Page, Section } from "../../ui/Page.tsx";
import { Loading } from "../../ui/Status.tsx";

export function PublicHome() {
  const t = useT();
  const agencies = useAgencies();
  const live = agencies.data?.filter((a) => !a.mergedInto && a.level !== "province") ?? [];
  const publicItems = navFor(null);
  return (
    <Page title={t("home.publicTitle")} lead={t("home.publicLead")}>
      <div className="grid-2">
        {publicItems.length > 0 && (
          <Section title={t("nav.groupPublic")} id="public">
            <ul className="task-list">
              {publicItems.map((i) => (
                <li key={i.to}>
                  <Link to={i.to}>{t(i.label)}</Link> — <span className="muted">{t(i.hint)}</span>
                </li>
              ))}
            </ul>
          </Section>
        )}
        <Section title={t("home.staff")} id="staff">
          <p>{t("home.staffLead")}</p>
          <Link to="/dang-nhap" className="btn btn-primary">
            {t("nav.signIn")}
          </Link>
        </Section>
      </div>
      <Section title={t("home.agencies")} id="agencies">
        {agencies.isPending ? (
          <Loading />
        ) : (
          <>
            <p className="muted">{t("home.agenciesCount", { n: live.length })}</p>
            <ul className="columns">
              {live.map((a) => (
                <li key={a.code}>{a.name}</li>
              ))}
            </ul>
          </>
        )}
      </Section>
    </Page>
  );
}
