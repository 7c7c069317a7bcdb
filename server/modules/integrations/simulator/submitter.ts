// The simulated portal's citizens: online dossiers pushed to the province's system
// (POST {motcua}/api/portal/dossiers, portal-sync.md "Inbound"), some sent twice on purpose.
import { randomBytes } from "node:crypto";

export interface SubmitSettings {
  motcuaUrl?: string;
  inboundToken?: string;
  /** Share of submissions sent a second time (the portal retrying): must stay one dossier. */
  duplicateRate: number;
}

export interface SubmitCounters {
  sent: number;
  created: number;
  repeated: number;
  failed: number;
  lastError: string | null;
  last: { portalCode: string; code: string; procedure: string }[];
}

interface Offer {
  code: string;
  agency: string;
  components: string[];
}

// A one-page PDF: the kind of scan a citizen attaches.
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
).toString("base64");

const NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thu Dung", "Võ Minh Em"];

export class Submitter {
  readonly counters: SubmitCounters = {
    sent: 0,
    created: 0,
    repeated: 0,
    failed: 0,
    lastError: null,
    last: [],
  };
  private offers: Offer[] | null = null;
  private seq = 0;
  private readonly run = randomBytes(3).toString("hex").toUpperCase();

  constructor(readonly settings: SubmitSettings) {}

  /** The province's procedures open online, read from its public catalogue. */
  private async catalogue(): Promise<Offer[]> {
    if (this.offers?.length) return this.offers;
    const base = String(this.settings.motcuaUrl).replace(/\/+$/, "");
    const res = await fetch(`${base}/api/procedures?onlineLevel=full&limit=50`);
    if (!res.ok) throw new Error(`catalogue answered ${res.status}`);
    const body = (await res.json()) as { items: { code: string; agencies: string[] }[] };
    const offers: Offer[] = [];
    for (const p of body.items.filter((x) => x.agencies.length)) {
      const d = await fetch(`${base}/api/procedures/${encodeURIComponent(p.code)}`);
      const detail = d.ok ? ((await d.json()) as { components?: { name: string }[] }) : {};
      offers.push({
        code: p.code,
        agency: p.agencies[0],
        components: (detail.components ?? []).map((c) => c.name).slice(0, 3),
      });
    }
    this.offers = offers;
    return offers;
  }

  /** Submits `count` online dossiers; returns how many the system took. */
  async submit(count = 1): Promise<number> {
    if (!this.settings.motcuaUrl) throw new Error("no --motcua URL to submit to");
    const offers = await this.catalogue();
    if (!offers.length) throw new Error("the province's catalogue offers no online procedure");
    let ok = 0;
    for (let i = 0; i < count; i++) {
      const n = ++this.seq;
      const o = offers[n % offers.length];
      const body = {
        portalCode: `G${this.run}-${String(n).padStart(6, "0")}`,
        procedure: o.code,
        agency: o.agency,
        submittedAt: new Date().toISOString(),
        applicant: {
          name: NAMES[n % NAMES.length],
          idNumber: `0${String(79_000_000_000 + n).padStart(11, "0")}`,
          phone: `09${String(10_000_000 + n).slice(-8)}`,
          address: "Thành phố Thủ Dầu Một",
        },
        vneidVerified: n % 3 !== 0,
        formData: { ghiChu: "Nộp trên Cổng DVC quốc gia" },
        components: (o.components.length ? o.components : ["Tờ khai"]).map((name, j) => ({
          name,
          files:
            j === 0 ? [{ name: "to-khai.pdf", contentType: "application/pdf", base64: PDF }] : [],
          fromPersonalStore: j > 0,
        })),
        paidOnline: 0,
      };
      if (await this.post(body, o.code)) ok++;
      if (Math.random() < this.settings.duplicateRate) await this.post(body, o.code);
    }
    return ok;
  }

  private async post(body: { portalCode: string }, procedure: string): Promise<boolean> {
    this.counters.sent++;
    try {
      const base = String(this.settings.motcuaUrl).replace(/\/+$/, "");
      const res = await fetch(`${base}/api/portal/dossiers`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${this.settings.inboundToken ?? ""}`,
          "content-type": "application/json",
          "accept-language": "en",
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      const answer = (await res.json().catch(() => ({}))) as { code?: string; detail?: string };
      if (res.status === 201 || res.status === 200) {
        if (res.status === 201) this.counters.created++;
        else this.counters.repeated++;
        this.counters.last.unshift({
          portalCode: body.portalCode,
          code: String(answer.code),
          procedure,
        });
        if (this.counters.last.length > 10) this.counters.last.pop();
        return res.status === 201;
      }
      this.counters.failed++;
      this.counters.lastError = `${res.status} ${answer.detail ?? ""}`.trim();
    } catch (e) {
      this.counters.failed++;
      this.counters.lastError = (e as Error).message;
    }
    return false;
  }
}
