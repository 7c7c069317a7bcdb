// The one loading / error / empty ladder for data read from the API: a spinner announced to screen
// readers while loading, the problem's message in the reader's language with "retry" on failure,
// a sentence when there is nothing, and the data otherwise.
import type { ReactNode } from "react";
import { ErrorBox } from "./ErrorBox.tsx";
import { Empty, Loading } from "./Status.tsx";

/** What QueryState needs of a query (a TanStack Query result fits). */
export interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  refetch(): unknown;
}

/** Empty when a list, or a page of a list (`items`), has no row. */
export function isEmptyData(d: unknown): boolean {
  if (Array.isArray(d)) return d.length === 0;
  const items = (d as { items?: unknown } | null)?.items;
  return Array.isArray(items) && items.length === 0;
}

export function QueryState<T>({
  query,
  empty,
  isEmpty = isEmptyData,
  children,
}: {
  query: QueryLike<T>;
  /** Shown when the data is empty; the generic sentence when left out. */
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  children(data: T): ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined)
    return <ErrorBox error={query.error} onRetry={() => query.refetch()} />;
  if (isEmpty(query.data)) return <Empty>{empty}</Empty>;
  return <>{children(query.data)}</>;
}
