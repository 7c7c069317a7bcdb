// The receipt (Form 01, Circular 03/2025/TT-VPCP Appendix I) rendered on demand from the stored
// dossier, not inside the intake's transaction: the intake commits fast, and the receipt reads
// the same every time (issued at the moment of reception, signed by the officer who received).
// Rendered PDFs are kept in a server-side cache keyed by the hash of the form's content, so a
// reprint costs nothing and a changed dossier renders anew. The PDF holds personal data: it is
// never cached by HTTP caches (the route answers Cache-Control: no-store).
import { createHash } from "node:crypto";
import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";
import type { Actor, AgencyTree } from "../identity/index.ts";
import { openStepAgencies, seenBy } from "./access.ts";
import { formData01 } from "./forms.ts";
import type { DossierDeps } from "./ports.ts";
import type { RegisterEntry } from "./register.ts";
import { COLUMN_NAMES, dossierNotFound, fromRow } from "./store.ts";
import type { Dossier } from "./types.ts";

export const receiptPath = (code: string) => `/api/dossiers/${encodeURIComponent(code)}/receipt`;

/** A bounded map of rendered PDFs (least recently used dropped first), shared by one process. */
export class PdfCache {
  private readonly items = new Map<string, Uint8Array>();
  private readonly rendering = new Map<string, Promise<Uint8Array>>();
  private bytes = 0;
  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  async get(key: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
    const hit = this.items.get(key);
    if (hit) {
      this.items.delete(key);
      this.items.set(key, hit);
      return hit;
    }
    // Two requests for the same receipt at once render it once.
    let pending = this.rendering.get(key);
    if (!pending) {
      pending = render().finally(() => this.rendering.delete(key));
      this.rendering.set(key, pending);
      const pdf = await pending;
      this.put(key, pdf);
      return pdf;
    }
    return pending;
  }

  private put(key: string, pdf: Uint8Array): void {
    if (pdf.length > this.maxBytes) return;
    this.items.set(key, pdf);
    this.bytes += pdf.length;
    for (const [k, v] of this.items) {
      if (this.bytes <= this.maxBytes) break;
      this.items.delete(k);
      this.bytes -= v.length;
    }
  }
}

function noReceipt(code: string): AppError {
  return new AppError("dossiers.no_receipt", "not_found", {
    vi: `Hồ sơ ${code} chưa được tiếp nhận nên chưa có giấy tiếp nhận (mẫu 01).`,
    en: `Dossier ${code} has not been received, so it has no receipt (Form 01).`,
  });
}

/** The dossier as its receipt reads it: with its open steps' agencies (who may see it), the
 *  officer who received it and its register entry, in one statement (the counter prints the
 *  receipt after every intake, each statement a round trip). */
export interface ReceiptSource {
  dossier: Dossier;
  /** Who sees it (access.ts: seenBy). */
  agencies: string[];
  receiver: { actorId: string | null; actorName: string; fullName: string | null } | null;
  register: RegisterEntry | null;
}

const RECEIPT_SOURCE = `SELECT ${COLUMN_NAMES.map((c) => `d.${c}`).join(", ")},
    ${openStepAgencies("d.id")} AS step_agencies,
    r.actor_id AS receiver_id, r.actor_name AS receiver_name, r.full_name AS receiver_full_name,
    g.book AS register_book, g.seq AS register_seq
  FROM dossiers d
  LEFT JOIN LATERAL (
    SELECT e.actor_id, e.actor_name, u.full_name FROM dossier_events e
      LEFT JOIN users u ON u.id::text = e.actor_id
     WHERE e.dossier_id = d.id AND e.type = 'received' ORDER BY e.seq DESC LIMIT 1) r ON true
  LEFT JOIN dossier_register g ON g.dossier_id = d.id
 WHERE d.code = $1`;

/** The receipt's source, or a 404 when there is no such dossier. */
export async function readReceiptSource(sql: Sql, code: string): Promise<ReceiptSource> {
  // biome-ignore lint/suspicious/noExplicitAny: a database row, typed by fromRow and below.
  const r = await sql.query<Record<string, any>>(RECEIPT_SOURCE, [code]);
  const row = r.rows[0];
  if (!row) throw dossierNotFound(code);
  const dossier = fromRow(row);
  return {
    dossier,
    agencies: seenBy(dossier, row.step_agencies ?? []),
    receiver:
      row.receiver_name != null
        ? {
            actorId: row.receiver_id,
            actorName: row.receiver_name,
            fullName: row.receiver_full_name,
          }
        : null,
    register: row.register_book != null ? { book: row.register_book, seq: row.register_seq } : null,
  };
}

/** The officer who received the dossier, as the receipt names them. */
function receiverActor(r: ReceiptSource["receiver"]): Actor {
  return {
    kind: "user",
    userId: r?.actorId ?? null,
    username: r?.actorName ?? "—",
    fullName: r?.fullName ?? r?.actorName ?? "—",
    grants: [],
    activeAgency: null,
  };
}

/** Form 01 of a received dossier, from its stored data (cached by content). */
export async function receiptPdf(
  deps: DossierDeps,
  cache: PdfCache,
  src: ReceiptSource,
  tree: AgencyTree,
): Promise<Uint8Array> {
  const d = src.dossier;
  if (!d.receivedAt || !deps.forms) throw noReceipt(d.code);
  const proc = await deps.procedures(
    deps.db,
    d.procedureCode,
    d.procedureVersion != null ? { version: d.procedureVersion } : { at: d.receivedAt },
  );
  if (!proc) throw noReceipt(d.code);
  const data = formData01({
    d,
    proc,
    tree,
    actor: receiverActor(src.receiver),
    now: d.receivedAt,
    events: [],
    register: src.register,
    lookupUrl: deps.publicUrl?.(),
  });
  const forms = deps.forms;
  const key = createHash("sha256").update(JSON.stringify(data)).digest("hex");
  return cache.get(key, () => forms.renderPdf("01", data));
}
