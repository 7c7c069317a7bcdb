// Component tests: a page's providers (language, queries) around what is rendered, and an API
// answered from a table of paths instead of the network.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach } from "vitest";
import { I18nProvider } from "./i18n/index.tsx";

afterEach(() => cleanup());

export function renderPage(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider>{ui}</I18nProvider>
    </QueryClientProvider>,
  );
}

/** Answers fetch from `routes` (path without query → JSON body); records every call. */
export function fakeApi(routes: Record<string, unknown>) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? "GET";
    calls.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const path = url.split("?")[0]!;
    if (!(path in routes))
      return new Response(JSON.stringify({ title: "not found" }), {
        status: 404,
        headers: { "content-type": "application/problem+json" },
      });
    return new Response(JSON.stringify(routes[path]), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  }) as typeof fetch;
  return calls;
}
