// Named prepared statements on PostgreSQL: a statement the server has parsed and planned once per
// connection is executed again by name, without parsing and planning it each time (the larger
// part of the database's work for the short statements of a dossier change). Only statements
// with parameters are named (those without go as simple queries), none longer than MAX_TEXT, and
// a text only from the second time the process sees it: a text built for one call (a look-up's
// filter combination, an import's VALUES list of one size) stays unnamed and does not spend the
// budget of MAX_NAMED names, so a connection holds a bounded set of the statements that repeat.

const MAX_NAMED = 400;
const MAX_TEXT = 4000;
/** Texts seen once, waiting for a second use; forgotten all at once when this many. */
const MAX_SEEN = 2000;
const names = new Map<string, string>();
let seenOnce = new Set<string>();

/** The statement's name, or undefined to send it unnamed (parsed and planned for this call). */
export function preparedName(
  text: string,
  params: readonly unknown[] | undefined,
): string | undefined {
  if (!params?.length || text.length > MAX_TEXT) return undefined;
  const name = names.get(text);
  if (name || names.size >= MAX_NAMED) return name;
  if (!seenOnce.has(text)) {
    if (seenOnce.size >= MAX_SEEN) seenOnce = new Set();
    seenOnce.add(text);
    return undefined;
  }
  seenOnce.delete(text);
  const named = `motcua_${names.size}`;
  names.set(text, named);
  return named;
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
