// The certified-copy register at a commune counter: numbered entries, an electronic copy signed
// with the commune's signature, the register as Excel, scope, and indicator 4.6 fed by it.
import ExcelJS from "exceljs";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProvince, makeUser, signIn, type TestEnv, testEnv } from "../../test-support.ts";
import { pdfText } from "../documents/forms/pdf-text.test-util.ts";
import { verifyPdf } from "../documents/index.ts";
import { certifyFee } from "./fee.ts";

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv("2026-03-02T02:00:00Z");
});
afterAll(() => env.close());

async function scanPdf(pages: number): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++)
    doc.addPage([595, 842]).drawText(`Bang tot nghiep - trang ${i + 1}`, { x: 72, y: 760, font });
  return Buffer.from(await doc.save()).toString("base64");
}

async function counter() {
  const c = await makeProvince(env.db);
  const as = async (role: "reception" | "leader" | "handler", agency = c.communeA) => {
    const u = await makeUser(env.db, [{ role, agencyCode: agency }], "Trần Thị Bình");
    return { user: u, ...(await signIn(env.app, u.username)) };
  };
  return { c, reception: await as("reception"), leader: await as("leader"), as };
}

describe("the certified-copy register", () => {
  it("numbers each entry in the commune's register, signs the electronic copy and feeds 4.6", async () => {
    const { c, reception, leader } = await counter();
    // The counter picks the certifier from the commune's leaders and head, with their titles.
    const signers = await reception.call(`/api/certified-copies/signers?agency=${c.communeA}`);
    expect(((await signers.json()) as { items: unknown[] }).items).toEqual([
      {
        username: leader.user.username,
        name: "Trần Thị Bình",
        title: "Phó Chủ tịch UBND xã Tân Phước",
      },
    ]);
    const electronic = await reception.call("/api/certified-copies?lang=en", {
      method: "POST",
      body: {
        agency: c.communeA,
        requesterName: "Lê Văn Cường",
        documentName: "Bằng tốt nghiệp trung học phổ thông",
        copies: 2,
        electronic: true,
        original: { name: "bang.pdf", base64: await scanPdf(3) },
        signer: leader.user.username,
      },
    });
    expect(electronic.status).toBe(201);
    const e = (await electronic.json()) as Record<string, unknown> & {
      file: string;
      signer: { name: string; title: string };
    };
    expect(e).toMatchObject({
      number: 1,
      book: "01/2026-SCT/BS",
      pages: 3,
      copies: 2,
      electronic: true,
      fee: certifyFee(3, 2),
    });
    expect(certifyFee(3, 2)).toBe(10_000); // (2 × 2,000 + 1,000) × 2 copies
    expect(e.signer).toEqual({ name: "Trần Thị Bình", title: "Phó Chủ tịch UBND xã Tân Phước" });

    // The copy: the original's three pages, then the certification page, signed by the commune.
    const file = await reception.call(e.file);
    expect(file.status).toBe(200);
    expect(file.headers.get("cache-control")).toContain("no-store");
    const pdf = new Uint8Array(await file.arrayBuffer());
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(4);
    const check = await verifyPdf(pdf);
    expect(check.valid && check.coversWholeDocument).toBe(true);
    expect(check.signer.commonName).toMatch(/^UBND xã Tân Phước/);
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH");
    expect(text).toContain("Số chứng thực: 1 Quyển số: 01/2026-SCT/BS");
    expect(text).toContain("Tân Phước, ngày 02 tháng 3 năm 2026");

    // A paper copy takes the next number; the fee is capped per copy.
    const paper = await reception.call("/api/certified-copies", {
      method: "POST",
      body: {
        agency: c.communeA,
        requesterName: "Phạm Thị Dung",
        documentName: "Sổ hộ khẩu",
        copies: 1,
        pages: 400,
        electronic: false,
        signer: leader.user.username,
      },
    });
    expect(paper.status).toBe(201);
    expect(await paper.json()).toMatchObject({ number: 2, fee: 200_000, file: null });

    // The register: JSON and typed Excel.
    const reg = await leader.call(
      `/api/certified-copies?agency=${c.communeA}&from=2026-03-01&to=2026-03-31`,
    );
    const items = ((await reg.json()) as { items: { number: number }[] }).items;
    expect(items.map((i) => i.number)).toEqual([1, 2]);
    const xlsx = await leader.call(
      `/api/certified-copies?agency=${c.communeA}&from=2026-03-01&to=2026-03-31&format=xlsx`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(2).getCell(1).value).toBe(1);
    expect(sheet.getRow(2).getCell(3).value).toBeInstanceOf(Date);
    expect(sheet.getRow(3).getCell(9).value).toBe(200_000);

    // Indicator 4.6 of the commune for March: 1 electronic of 2 certified.
    const admin = await makeUser(env.db, [{ role: "control_officer", agencyCode: c.province }]);
    const office = await signIn(env.app, admin.username);
    const idx = await office.call(
      `/api/index?unit=${c.communeA}&from=2026-03-01&to=2026-03-31&lang=en`,
    );
    expect(idx.status).toBe(200);
    const body = (await idx.json()) as {
      indicators: { id: string; numerator: number; denominator: number }[];
    };
    expect(body.indicators.find((i) => i.id === "4.6")).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
  });

  it("refuses another commune's counter, a signer who is not a leader, and an electronic copy without a scan", async () => {
    const { c, reception, leader, as } = await counter();
    const other = await as("reception", c.communeB);
    const base = {
      agency: c.communeA,
      requesterName: "Lê Văn Cường",
      documentName: "Giấy khai sinh",
      copies: 1,
      pages: 1,
      electronic: false,
      signer: leader.user.username,
    };
    const outside = await other.call("/api/certified-copies", { method: "POST", body: base });
    expect(outside.status).toBe(403);
    const handler = await as("handler");
    const notLeader = await reception.call("/api/certified-copies?lang=en", {
      method: "POST",
      body: { ...base, signer: handler.user.username },
    });
    expect(notLeader.status).toBe(400);
    expect(JSON.stringify(await notLeader.json())).toMatch(/signer.*not an active leader or head/);
    const noScan = await reception.call("/api/certified-copies?lang=en", {
      method: "POST",
      body: { ...base, electronic: true },
    });
    expect(noScan.status).toBe(400);
    expect(JSON.stringify(await noScan.json())).toContain("original");
    const notAScan = await reception.call("/api/certified-copies?lang=en", {
      method: "POST",
      body: {
        ...base,
        electronic: true,
        original: { name: "x.pdf", base64: Buffer.from("hello world").toString("base64") },
      },
    });
    expect(notAScan.status).toBe(415);
    // Nothing half-written: the refused requests took no number.
    const reg = await reception.call(
      `/api/certified-copies?agency=${c.communeA}&from=2026-01-01&to=2026-12-31`,
    );
    expect(((await reg.json()) as { items: unknown[] }).items).toEqual([]);
    const peek = await other.call(
      `/api/certified-copies?agency=${c.communeA}&from=2026-01-01&to=2026-12-31`,
    );
    expect(peek.status).toBe(403);
  });

  it("never gives one number twice, however many counters certify at once", async () => {
    const { c, reception, leader, as } = await counter();
    const second = await as("reception");
    const one = (s: typeof reception, i: number) =>
      s.call("/api/certified-copies", {
        method: "POST",
        body: {
          agency: c.communeA,
          requesterName: `Người yêu cầu ${i}`,
          documentName: "Giấy khai sinh",
          copies: 1,
          pages: 1,
          electronic: false,
          signer: leader.user.username,
        },
      });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => one(i % 2 ? second : reception, i)),
    );
    const numbers = await Promise.all(
      answers.map(async (r) => ((await r.json()) as { number: number }).number),
    );
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });
});
