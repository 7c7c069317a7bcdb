import { useT } from "../i18n/index.tsx";
import { Link } from "../router.tsx";
import { Page } from "../ui/Page.tsx";

export function NotFound() {
  const t = useT();
  return (
    <Page title={t("error.notFoundPage")} lead={t("error.notFoundLead")}>
      <p>
        <Link to="/">{t("error.goHome")}</Link>
      </p>
    </Page>
  );
}
