// The list-page pattern: a titled page, its filters, then a card whose heading counts the rows and
// whose body is the query's state — loading, error, empty — or the table.
import type { ReactNode } from "react";
import { type Column, DataTable, type DataTableProps } from "./DataTable.tsx";
import { Page } from "./Page.tsx";
import { type QueryLike, QueryState } from "./QueryState.tsx";

type TableProps<T> = Omit<DataTableProps<T>, "rows" | "caption">;

export interface ListProps<D, T> extends TableProps<T> {
  /** The card's id; its heading is `${id}-h`. */
  id: string;
  query: QueryLike<D> & { isFetching?: boolean };
  /** The rows out of the query's data, ready to show. */
  rows(data: D): T[];
  /** The card's heading, given the rows (a count, say). */
  heading(rows: T[] | null): string;
  empty?: ReactNode;
  /** Shown between the heading and the table (notes, a busy form). */
  above?: ReactNode;
  headExtra?: ReactNode;
}

/** A card with a counted heading, the query's state and the table: for pages with more than a list. */
export function ListSection<D, T>({
  id,
  query,
  rows,
  heading,
  empty,
  above,
  headExtra,
  ...table
}: ListProps<D, T>) {
  const list = query.data === undefined ? null : rows(query.data);
  const title = heading(list);
  const h = <h2 id={`${id}-h`}>{title}</h2>;
  return (
    <section className="card" aria-labelledby={`${id}-h`} aria-busy={query.isFetching}>
      {headExtra ? (
        <div className="card-head">
          {h}
          {headExtra}
        </div>
      ) : (
        h
      )}
      {above}
      <QueryState query={query} empty={empty} isEmpty={() => list?.length === 0}>
        {() => <DataTable {...table} rows={list ?? []} caption={title} captionHidden />}
      </QueryState>
    </section>
  );
}

export function ListPage<D, T>({
  title,
  lead,
  actions,
  filters,
  filtersLabel,
  ...list
}: ListProps<D, T> & {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  /** The filter controls; they sit in a labelled search landmark. */
  filters?: ReactNode;
  filtersLabel?: string;
}) {
  return (
    <Page title={title} lead={lead} actions={actions}>
      {filters && (
        <search className="card filters" aria-label={filtersLabel}>
          {filters}
        </search>
      )}
      <ListSection {...list} />
    </Page>
  );
}

export type { Column };
