// The receipt (Form 01, Circular 03/2025/TT-VPCP Appendix I) rendered on demand from the stored
// dossier, not inside the intake's transaction: the intake commits fast, and the receipt reads
// the same every time (issued at the moment of reception, signed by the officer who received).
// Rendered PDFs are kept in a server-side cache keyed by the hash of the form's content, so a
// reprint costs nothing and a changed dossier renders anew. The PDF holds personal data: it is
// never cached by HTTP caches (the route answers Cache-Control: no-store).
import { createHash } from "node:crypto";
import { AppError } from "../../platform/errors.ts";
import type { Actor } from "../identity/index.ts";
import { formData01 } from "./forms.ts";
import type { DossierDeps } from "./ports.ts";
import { registerEntryOf } from "./register.ts";
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

/** The officer who received the dossier, as the receipt names them. */
async function receiver(deps: DossierDeps, d: Dossier): Promise<Actor> {
  const r = await deps.db.query<{ actor_id: string | null; actor_name: string; full_name: string }>(
    `SELECT e.actor_id, e.actor_name, u.full_name FROM dossier_events e
       LEFT JOIN users u ON u.id::text = e.actor_id
      WHERE e.dossier_id = $1 AND e.type = 'received' ORDER BY e.seq DESC LIMIT 1`,
    [d.id],
  );
  const row = r.rows[0];
  return {
    kind: "user",
    userId: row?.actor_id ?? null,
    username: row?.actor_name ?? "—",
    fullName: row?.full_name ?? row?.actor_name ?? "—",
    grants: [],
    activeAgency: null,
  };
}

/** Form 01 of a received dossier, from its stored data (cached by content). */
export async function receiptPdf(
  deps: DossierDeps,
  cache: PdfCache,
  d: Dossier,
): Promise<Uint8Array> {
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
    tree: await deps.agencies.tree(),
    actor: await receiver(deps, d),
    now: d.receivedAt,
    events: [],
    register: await registerEntryOf(deps.db, d.id),
    lookupUrl: deps.publicUrl?.(),
  });
  const forms = deps.forms;
  const key = createHash("sha256").update(JSON.stringify(data)).digest("hex");
  return cache.get(key, () => forms.renderPdf("01", data));
}
