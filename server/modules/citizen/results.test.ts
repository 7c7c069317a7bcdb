import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routesBeside } from "../../test-support.ts";
import { createSigningIdentity, signPdf, verifyPdf } from "../documents/index.ts";
import { type DossierTestEnv, dossierTestEnv, intake, scenario } from "../dossiers/test-env.ts";
import { type CitizenDeps, citizenRoutes } from "./index.ts";

let t: DossierTestEnv;
let api: ReturnType<typeof routesBeside>;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
  const deps: CitizenDeps = { ...t.deps };
  api = routesBeside(t, deps, (r) => citizenRoutes(r, deps));
});
afterAll(() => t.close());

async function signedResult(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText("GIAY KHAI SINH", { x: 72, y: 760, size: 16, font });
  const id = createSigningIdentity(
    { commonName: "UBND xa", organisation: "UBND xa", days: 30 },
    t.clock,
  );
  return signPdf(
    await doc.save(),
    { p12: id.p12, passphrase: "" },
    "Ban hành kết quả",
    "Đồng Tháp",
    {
      clock: t.clock,
    },
  );
}

const download = (code: string, secret: string) =>
  api.request("/api/public/results?lang=en", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "10.1.2.3" },
    body: JSON.stringify({ code, secret }),
  });

describe("the applicant's electronic result", () => {
  it("is downloaded with the dossier code and look-up secret, signed, and the download is audited", async () => {
    const s = await scenario(t);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code);
    const { code } = r.body.dossier;
    const secret = r.body.secret as string;
    // Before the result exists: nothing to download.
    expect((await download(code, secret)).status).toBe(404);
    const pdf = await signedResult();
    const stored = await t.deps.files!.put(pdf, {
      declaredName: "kq.pdf",
      declaredType: "application/pdf",
    });
    await t.db.query("UPDATE dossiers SET result_code = 'KQ-9', result_file = $2 WHERE code = $1", [
      code,
      stored.sha256,
    ]);
    const wrong = await download(code, "WRONGSEC");
    expect(wrong.status).toBe(404);
    expect(((await wrong.json()) as { code: string }).code).toBe("citizen.lookup_refused");
    const ok = await download(code, secret.toLowerCase());
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(ok.headers.get("cache-control")).toContain("no-store");
    const got = new Uint8Array(await ok.arrayBuffer());
    expect((await verifyPdf(got)).signer.commonName).toBe("UBND xa");
    const audit = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'personal_data.read' AND subject_id = $1",
      [code],
    );
    expect(audit.rows[0].n).toBeGreaterThan(0);
  });
});
