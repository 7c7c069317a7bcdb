import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DossierTestEnv, dossierTestEnv, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
});
afterAll(() => t.close());

async function scanPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(text, { x: 72, y: 760, size: 14, font });
  return doc.save();
}

const upload = (bytes: Uint8Array, name: string, headers: Record<string, string> = {}) =>
  t.api.request("/api/dossiers/uploads?lang=en", {
    method: "POST",
    headers: {
      "content-type": "application/pdf",
      "x-file-name": encodeURIComponent(name),
      ...headers,
    },
    body: bytes as Uint8Array<ArrayBuffer>,
  });

const online = (body: Record<string, unknown>) =>
  t.api.request("/api/dossiers/online?lang=en", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

// biome-ignore lint/suspicious/noExplicitAny: responses are checked field by field.
const json = async (r: Response) => (await r.json()) as any;

describe("component files", () => {
  it("takes a citizen's uploaded scan with the online dossier and shows it to the officer", async () => {
    const s = await scenario(t);
    const pdf = await scanPdf("To khai dang ky khai sinh");
    const up = await upload(pdf, "tờ khai.pdf");
    expect(up.status).toBe(200);
    const file = await json(up);
    expect(file).toMatchObject({
      size: pdf.length,
      mediaType: "application/pdf",
      fileName: "tờ khai.pdf",
    });
    const applicant = {
      name: "Lê Văn Cường",
      idNumber: "087095000123",
      communeCode: s.codes.communeA,
    };
    const sub = await online({
      procedure: s.proc.code,
      applicant,
      components: [
        { name: "Tờ khai đăng ký khai sinh", files: [file.sha256] },
        // A ticked box without a file is not a digitised component.
        { name: "Giấy chứng sinh", digitized: 1 },
      ],
    });
    expect(sub.status).toBe(200);
    const { code } = await json(sub);
    const view = await json(await s.reception.call(`/api/dossiers/${code}`));
    expect(view.components.map((c: { digitized: number }) => c.digitized)).toEqual([1, 0]);
    const got = await s.reception.call(`/api/dossiers/${code}/files/${file.sha256}`);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("application/pdf");
    expect(got.headers.get("content-disposition")).toMatch(/^inline/);
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(pdf);
    const audit = await t.db.query<{ details: { file?: string } }>(
      "SELECT details FROM audit_log WHERE action = 'personal_data.read' AND subject_id = $1",
      [code],
    );
    expect(audit.rows.some((r) => r.details.file === file.sha256)).toBe(true);
    // The file is not served for another hash, nor to the public.
    expect((await s.reception.call(`/api/dossiers/${code}/files/${"c".repeat(64)}`)).status).toBe(
      404,
    );
    expect((await t.api.request(`/api/dossiers/${code}/files/${file.sha256}`)).status).toBe(401);
  });

  it("refuses a file that is not what it claims, and a dossier naming a file never uploaded", async () => {
    const s = await scenario(t);
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const bad = await upload(html, "scan.pdf");
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
    const sub = await online({
      procedure: s.proc.code,
      applicant: { name: "Lê Văn Cường", communeCode: s.codes.communeA },
      components: [{ name: "Tờ khai đăng ký khai sinh", files: ["d".repeat(64)] }],
    });
    expect(sub.status).toBe(400);
    expect((await json(sub)).code).toBe("dossiers.file_not_uploaded");
  });

  it("refuses reuse and identity flags claimed by the request", async () => {
    const s = await scenario(t);
    const sub = await online({
      procedure: s.proc.code,
      applicant: { name: "Lê Văn Cường", communeCode: s.codes.communeA },
      components: [{ name: "Giấy chứng sinh", digitized: 2, fromPersonalStore: true }],
      vneidVerified: true,
    });
    expect(sub.status).toBe(400);
    const p = await json(sub);
    expect(p.code).toBe("dossiers.claimed_flag");
    expect(p.errors.map((e: { field: string }) => e.field)).toEqual([
      "components[0].digitized",
      "components[0].fromPersonalStore",
      "vneidVerified",
    ]);
  });

  it("reuses an earlier dossier's files and result for the same person, proven by its secret", async () => {
    const s = await scenario(t);
    const id = "087095000777";
    const applicant = { name: "Phạm Thị Dung", idNumber: id, communeCode: s.codes.communeA };
    const file = await json(await upload(await scanPdf("Giay chung sinh"), "chứng sinh.pdf"));
    const first = await json(
      await online({
        procedure: s.proc.code,
        applicant,
        components: [{ name: "Giấy chứng sinh", files: [file.sha256] }],
      }),
    );
    const reuse = (over: Record<string, unknown>, who = applicant) =>
      online({
        procedure: s.proc.code,
        applicant: who,
        components: [
          {
            name: "Giấy chứng sinh",
            reuse: { dossier: first.code, secret: first.secret, from: "component", ...over },
          },
        ],
      });
    const ok = await reuse({});
    expect(ok.status).toBe(200);
    const second = await json(ok);
    const view = await json(await s.reception.call(`/api/dossiers/${second.code}`));
    expect(view.components[0]).toMatchObject({ digitized: 2, files: [file.sha256] });
    // The officer opens the reused file from the new dossier.
    expect(
      (await s.reception.call(`/api/dossiers/${second.code}/files/${file.sha256}`)).status,
    ).toBe(200);
    for (const [over, who] of [
      [{ secret: "WRONGSEC" }, applicant],
      [{}, { ...applicant, idNumber: "087095000778" }],
      [{ from: "result" }, applicant],
    ] as const) {
      const r = await reuse(over, who);
      expect(r.status).toBe(400);
      expect((await json(r)).errors[0].field).toBe("components[0].reuse");
    }
    // Once the first dossier has its electronic result, the result is reused (digitized 3).
    const result = await json(await upload(await scanPdf("Giay khai sinh"), "kết quả.pdf"));
    await t.db.query("UPDATE dossiers SET result_code = 'KQ-1', result_file = $2 WHERE code = $1", [
      first.code,
      result.sha256,
    ]);
    const third = await json(await reuse({ from: "result" }));
    const v3 = await json(await s.reception.call(`/api/dossiers/${third.code}`));
    expect(v3.components[0]).toMatchObject({ digitized: 3, files: [result.sha256] });
  });
});
