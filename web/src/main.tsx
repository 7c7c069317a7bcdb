import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { ApiError } from "./api/client.ts";
import { keys } from "./api/identity.ts";
import { I18nProvider, readLangCookie } from "./i18n/index.tsx";
import "./styles.css";

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A session that expired while a page was open: forget the user so the shell asks to sign in.
    onError: (e, q) => {
      if (e instanceof ApiError && e.status === 401 && q.queryKey[0] !== "me")
        queryClient.setQueryData(keys.me, null);
    },
  }),
  defaultOptions: {
    queries: {
      retry: (n, e) => !(e instanceof ApiError && e.status > 0 && e.status < 500) && n < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// Server texts (role names, error titles) follow the language: refetch them on a switch.
const onLang = () => queryClient.invalidateQueries();

document.documentElement.lang = readLangCookie();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider onChange={onLang}>
        <App />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
