import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { isAppError } from "../../../platform/errors.ts";
import { pdfText } from "./pdf-text.test-util.ts";
import { FORM_NOS, type FormNo, renderForm } from "./render.ts";
import * as samples from "./samples.ts";

const sampleOf = <K extends FormNo>(n: K) =>
  (samples as Record<string, unknown>)[`sample${n}`] as never;

const TITLES: Record<(typeof FORM_NOS)[number], string> = {
  "01": "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
  "02": "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
  "03": "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
  "04": "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN",
  "05": "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
  "06": "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
  "07": "SỔ THEO DÕI HỒ SƠ",
};

const flat = (s: string) => s.replace(/\s+/g, " ");

describe("renderForm", () => {
  for (const n of FORM_NOS) {
    it(`form ${n}: parses back, right page size, Vietnamese text and dossier code present`, async () => {
      const pdf = await renderForm(n, sampleOf(n));
      const doc = await PDFDocument.load(pdf);
      const { width, height } = doc.getPage(0).getSize();
      if (n === "07") {
        expect([Math.round(width), Math.round(height)]).toEqual([842, 595]); // A4 landscape
      } else if (n === "04" || n === "05") {
        // Administrative letters per Decree 30/2020/NĐ-CP: A4 portrait.
        expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
      } else {
        expect([Math.round(width), Math.round(height)]).toEqual([420, 595]); // A5 portrait
      }
      const text = flat(pdfText(pdf));
      expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(text).toContain(TITLES[n]);
      expect(text).toContain("H58.27-26031");
      if (n !== "07") expect(text).toContain("H58.27-260315-0042");
      expect(text).toContain("Tân Phước, ngày");
    });
  }

  it("form 01 names an organisation by name, tax code and legal representative", async () => {
    const text = flat(
      pdfText(
        await renderForm("01", {
          ...samples.sample01,
          applicant: {
            kind: "organisation",
            name: "Công ty TNHH Thương mại Sa Đéc",
            idNumber: "1400123456",
            representative: "Nguyễn Văn Khoa",
            address: "Số 12 đường Hùng Vương, phường Sa Đéc",
          },
        }),
      ),
    );
    expect(text).toContain("tiếp nhận hồ sơ của tổ chức");
    expect(text).toContain("Mã số doanh nghiệp/Mã số thuế: 1400123456");
    expect(text).toContain("Người đại diện theo pháp luật: Nguyễn Văn Khoa");
    expect(text).toContain("Địa chỉ trụ sở chính: Số 12 đường Hùng Vương");
    expect(text).not.toContain("Người nộp thay");
    expect(text).not.toContain("Số định danh cá nhân");
  });

  it("form 01 shows the applicant, components with counts and times in Vietnam time", async () => {
    const text = flat(pdfText(await renderForm("01", samples.sample01)));
    expect(text).toContain("Nguyễn Thị Ngọc Huyền");
    expect(text).toContain("Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp — 1 bản chính");
    expect(text).toContain("01 bộ");
    // 01:30 UTC is 08:30 in Vietnam; 09:00 UTC is 16:00.
    expect(text).toContain("08 giờ 30 phút, ngày 15 tháng 3 năm 2026");
    expect(text).toContain("16 giờ 00 phút, ngày 18 tháng 3 năm 2026");
    expect(text).toContain("Quyển số: 01/2026");
    expect(text).toContain("NGƯỜI TIẾP NHẬN HỒ SƠ");
  });

  it("form 01 lists a paper the population database replaced as taken from it, not handed in", async () => {
    const components = [
      ...samples.sample01.components,
      { name: "Giấy tờ chứng minh thông tin về cư trú", fromPopulationData: true, reused: true },
    ];
    const text = flat(pdfText(await renderForm("01", { ...samples.sample01, components })));
    expect(text).toContain(
      "Giấy tờ chứng minh thông tin về cư trú — khai thác từ Cơ sở dữ liệu quốc gia về dân cư, không yêu cầu nộp",
    );
    // Other reused data keeps the general wording.
    expect(text).toContain("Thông tin cư trú của người mẹ — khai thác từ cơ sở dữ liệu");
  });

  it("dates the form by its Vietnam-time day, not its UTC day", async () => {
    const pdf = await renderForm("03", {
      ...samples.sample03,
      issuedAt: new Date("2026-03-14T20:00:00Z"),
    });
    expect(flat(pdfText(pdf))).toContain("Tân Phước, ngày 15 tháng 3 năm 2026");
  });

  it("form 04 carries the new appointment and the recipients; 06 derives step results", async () => {
    const t4 = flat(pdfText(await renderForm("04", samples.sample04)));
    expect(t4).toContain("16 giờ 00 phút, ngày 20 tháng 3 năm 2026");
    expect(t4).toContain("Nơi nhận:");
    expect(t4).toContain("KT. CHỦ TỊCH");
    const t6 = flat(pdfText(await renderForm("06", samples.sample06)));
    expect(t6).toContain("Đúng hạn");
    expect(t6).toContain("Quá hạn");
    expect(t6).toContain("Đang xử lý");
  });

  it("wraps long text and runs onto numbered pages", async () => {
    const components = Array.from({ length: 30 }, (_, i) => ({
      name: `Thành phần số ${i + 1}: giấy tờ chứng minh quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất theo quy định`,
      copies: 1,
    }));
    const pdf = await renderForm("01", { ...samples.sample01, components });
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThan(1);
    const text = flat(pdfText(pdf));
    expect(text).toContain("(30) Thành phần số 30");
    expect(text).toContain(`Trang 1/${doc.getPageCount()}`);
  });

  it("renders every Vietnamese letter, also from decomposed (NFD) input", async () => {
    const letters =
      "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";
    const all = `${letters} ${letters.toUpperCase()}`;
    const pdf = await renderForm("03", {
      ...samples.sample03,
      reasons: [all.normalize("NFD")],
    });
    // The 67-letter words wrap, so compare without white space.
    const squeeze = (x: string) => x.replace(/\s+/g, "");
    expect(squeeze(pdfText(pdf))).toContain(squeeze(all));
  });

  it("renders English labels on request", async () => {
    const text = flat(pdfText(await renderForm("01", samples.sample01, "en")));
    expect(text).toContain("RECEIPT AND APPOINTMENT SLIP");
    expect(text).toContain("SOCIALIST REPUBLIC OF VIET NAM");
    expect(text).toContain("08:30, 15 March 2026 (UTC+7)");
  });

  it("rejects bad input with an AppError naming the fields", async () => {
    const bad = { ...samples.sample01, dossierCode: "not a code", components: [] };
    const err = await renderForm("01", bad).catch((e) => e);
    expect(isAppError(err)).toBe(true);
    expect(err.code).toBe("documents.bad_form_input");
    expect(err.issues.map((i: { field: string }) => i.field)).toEqual(
      expect.arrayContaining(["dossierCode", "components"]),
    );
    const late = { ...samples.sample04, newAppointmentAt: samples.sample04.appointmentAt };
    const err4 = await renderForm("04", late).catch((e) => e);
    expect(err4.issues[0].field).toBe("newAppointmentAt");
    const err9 = await renderForm("09" as never, {} as never).catch((e) => e);
    expect(err9.code).toBe("documents.unknown_form");
  });

  it("is deterministic: the same data give the same bytes", async () => {
    const a = await renderForm("02", samples.sample02);
    const b = await renderForm("02", samples.sample02);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("Decree 30/2020 heading", () => {
  it("prints Mẫu số, a zero before days under 10 and months 1–2, and the place name", async () => {
    const text = flat(
      pdfText(
        await renderForm("05", {
          ...samples.sample05,
          formNo: "05",
          issuedAt: new Date("2026-02-06T02:00:00Z"),
        }),
      ),
    );
    expect(text).toContain("Mẫu số 05");
    expect(text).toContain("Tân Phước, ngày 06 tháng 02 năm 2026");
  });
});

describe("Decree 30/2020 font", () => {
  // Appendix I asks for Times New Roman; Tinos has its metrics. Receipts and sheets stay in DejaVu.
  const fontsOf = (pdf: Uint8Array) => {
    const dir = mkdtempSync(join(tmpdir(), "motcua-fonts-"));
    try {
      writeFileSync(join(dir, "f.pdf"), pdf);
      return execFileSync("pdffonts", [join(dir, "f.pdf")], { encoding: "utf8" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  it("sets the administrative letters (04, 05) in a Times-compatible serif, embedded", async () => {
    for (const n of ["04", "05"] as const) {
      const list = fontsOf(await renderForm(n, sampleOf(n)));
      expect(list).toMatch(/Tinos-Regular\s+CID TrueType\s+Identity-H\s+yes/);
      expect(list).toMatch(/Tinos-Bold\s+CID TrueType/);
      expect(list).not.toContain("DejaVu");
    }
    expect(fontsOf(await renderForm("01", sampleOf("01")))).toContain("DejaVuSans");
  });
});
