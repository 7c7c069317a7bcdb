// The lists of rows of a procedure draft (components, fees, steps): change, remove or add a row,
// and the numbered list of rows with its "add" button.
import type { ReactNode } from "react";
import { Button } from "../../../ui/Button.tsx";
import { type Draft, nextKey } from "./draft.ts";

type ListName = "components" | "fees" | "steps";

/** Changes to the list `name` of the draft, each given to `set` as a whole new list. */
export function listChanges<K extends ListName>(
  d: Draft,
  set: (patch: Partial<Draft>) => void,
  name: K,
) {
  type Row = Draft[K][number];
  const rows = d[name] as Row[];
  const put = (list: Row[]) => set({ [name]: list } as Partial<Draft>);
  return {
    update: (i: number, patch: Partial<Row>) =>
      put(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))),
    remove: (i: number) => put(rows.filter((_, j) => j !== i)),
    add: (row: Omit<Row, "key">) => put([...rows, { key: nextKey(), ...row } as Row]),
  };
}

/** The rows as a numbered list of fieldsets (`legend(i)`), an empty note, and the add button. */
export function EditList<T extends { key: number }>(props: {
  rows: T[];
  empty: string;
  legend(i: number): string;
  children(row: T, i: number): ReactNode;
  addLabel: string;
  onAdd(): void;
}) {
  return (
    <>
      {props.rows.length === 0 && <p className="empty">{props.empty}</p>}
      <ol className="edit-list">
        {props.rows.map((row, i) => (
          <li key={row.key} className="edit-item">
            <fieldset className="fieldset">
              <legend>{props.legend(i)}</legend>
              {props.children(row, i)}
            </fieldset>
          </li>
        ))}
      </ol>
      <Button variant="secondary" onClick={props.onAdd}>
        {props.addLabel}
      </Button>
    </>
  );
}
