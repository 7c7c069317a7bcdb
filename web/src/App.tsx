import { type ReactNode, Suspense, useEffect } from "react";
import { useMe } from "./api/identity.ts";
import { useT } from "./i18n/index.tsx";
import { Shell } from "./layout/Shell.tsx";
import { NotFound } from "./pages/NotFound.tsx";
import { match, navigate, useLocation } from "./router.tsx";
import { ROUTES } from "./routes.ts";
import { ErrorBoundary } from "./ui/ErrorBoundary.tsx";
import { ErrorBox } from "./ui/ErrorBox.tsx";
import { Loading } from "./ui/Status.tsx";

export function App() {
  const { path } = useLocation();
  const me = useMe();
  const t = useT();
  let found: { route: (typeof ROUTES)[number]; params: Record<string, string> } | null = null;
  for (const route of ROUTES) {
    const params = match(route.path, path);
    if (params) {
      found = { route, params };
      break;
    }
  }
  const needsLogin = !!found?.route.auth && me.isSuccess && me.data === null;
  useEffect(() => {
    if (needsLogin) navigate(`/dang-nhap?next=${encodeURIComponent(path)}`, { replace: true });
  }, [needsLogin, path]);

  const roles = me.data ? [...new Set(me.data.grants.map((g) => g.role))] : null;
  let content: ReactNode;
  if (me.isPending) content = <Loading />;
  else if (me.isError && found?.route.auth)
    content = <ErrorBox error={me.error} onRetry={() => me.refetch()} />;
  else if (!found) content = <NotFound />;
  else if (needsLogin) content = <Loading />;
  else {
    const Page = found.route.page;
    content = (
      <ErrorBoundary resetKey={path}>
        <Suspense fallback={<Loading label={t("common.loading")} />}>
          <Page params={found.params} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  return (
    <Shell roles={found?.route.bare ? null : roles} bare={found?.route.bare}>
      {content}
    </Shell>
  );
}
