import { useAgencies, useLogout, useMe, useSwitchAgency } from "../api/identity.ts";
import { useI18n } from "../i18n/index.tsx";
import { Link, navigate } from "../router.tsx";
import { Emblem } from "../ui/Emblem.tsx";
import { errorText } from "../ui/ErrorBox.tsx";
import { NotificationBell } from "./NotificationBell.tsx";

function useProvinceName(): string | null {
  const { data } = useAgencies();
  const root = data?.find((a) => a.level === "province" && !a.parentCode && !a.mergedInto);
  return root?.name ?? null;
}

export function Header({ menu }: { menu?: { open: boolean; toggle(): void } }) {
  const { t, lang, setLang } = useI18n();
  const me = useMe().data;
  const province = useProvinceName();
  const logout = useLogout();
  const other = lang === "vi" ? "en" : "vi";
  return (
    <header className="site-header">
      <div className="header-inner">
        {menu && (
          <button
            type="button"
            className="btn btn-secondary btn-small menu-button"
            aria-expanded={menu.open}
            aria-controls="side-nav"
            onClick={menu.toggle}
          >
            <span className="menu-icon" aria-hidden="true" />
            {t("nav.menu")}
          </button>
        )}
        <Link to="/" className="brand">
          <Emblem />
          <span className="brand-text">
            <span className="brand-province">{province ?? t("app.province")}</span>
            <span className="brand-title">{t("app.title")}</span>
          </span>
        </Link>
        <div className="header-tools">
          <button
            type="button"
            className="btn btn-ghost btn-small lang-toggle"
            onClick={() => setLang(other)}
            aria-label={t("lang.switchLabel")}
            lang={other}
          >
            {t("lang.switch")}
          </button>
          {me ? (
            <>
              <NotificationBell />
              <UserBlock />
              <button
                type="button"
                className="btn btn-ghost btn-small"
                onClick={() =>
                  logout.mutate(undefined, { onSettled: () => navigate("/dang-nhap") })
                }
                disabled={logout.isPending}
              >
                {t("user.signOut")}
              </button>
            </>
          ) : (
            <Link to="/dang-nhap" className="btn btn-primary btn-small">
              {t("nav.signIn")}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}

function UserBlock() {
  const { t, lang } = useI18n();
  const me = useMe().data!;
  const sw = useSwitchAgency();
  const agencies = [...new Map(me.grants.map((g) => [g.agencyCode, g.agencyName])).entries()];
  const active = me.activeAgency ?? agencies[0]?.[0] ?? "";
  const roles = me.grants.filter((g) => g.agencyCode === active).map((g) => g.roleName);
  return (
    <div className="user-block">
      <div className="user-id">
        <span className="user-name">{me.fullName}</span>
        <span className="user-role">
          {roles.join(", ")}
          {agencies.length === 1 && ` · ${agencies[0][1]}`}
        </span>
      </div>
      {agencies.length > 1 ? (
        <div className="agency-switch">
          <label htmlFor="agency-switch">{t("user.agency")}</label>
          <select
            id="agency-switch"
            value={active}
            disabled={sw.isPending}
            onChange={(e) => sw.mutate(e.target.value)}
          >
            {agencies.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          {sw.isError && (
            <span className="field-error" role="alert">
              {errorText(sw.error, lang)}
            </span>
          )}
        </div>
      ) : null}
    </div>
  );
}
