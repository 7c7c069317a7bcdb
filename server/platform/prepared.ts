// Named prepared statements on PostgreSQL: a statement the server has parsed and planned once per
// connection is executed again by name, without parsing and planning it each time (the larger
// part of the database's work for the short statements of a dossier change). Only statements
// with parameters are named (those without go as simple queries), only the first MAX_NAMED texts
// a process sees, and none longer than MAX_TEXT: texts built per call (multi-row VALUES lists of
// imports) stay unnamed once the budget is spent, so a connection holds a bounded set.

const MAX_NAMED = 400;
const MAX_TEXT = 4000;
const names = new Map<string, string>();

/** The statement's name, or undefined to send it unnamed (parsed and planned for this call). */
export function preparedName(
  text: string,
  params: readonly unknown[] | undefined,
): string | undefined {
  if (!params?.length || text.length > MAX_TEXT) return undefined;
  let name = names.get(text);
  if (!name && names.size < MAX_NAMED) {
    name = `motcua_${names.size}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A named statement whose result columns changed under it (a migration altered a table it
 * reads): PostgreSQL refuses to run the old plan on that connection. The connection is then
 * discarded, so the next use of the statement prepares it again on a fresh one.
 */
export function isStalePlan(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  return err?.code === "0A000" && /cached plan must not change result type/.test(err.message ?? "");
}
