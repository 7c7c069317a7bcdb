// The fast engine writes the same forms as pdf-lib: the same pixels, text that copies back as
// the Vietnamese it was, fonts embedded, a file that signs; other text falls back to pdf-lib.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { fixedClock } from "../../../../platform/clock.ts";
import { createSigningIdentity } from "../../signing/identity.ts";
import { signPdf } from "../../signing/sign.ts";
import { verifyPdf } from "../../signing/verify.ts";
import { embedFonts, fontSource } from "../fonts.ts";
import { pdfText } from "../pdf-text.test-util.ts";
import { FORM_NOS, type FormNo, renderForm, renderFormWith } from "../render.ts";
import * as samples from "../samples.ts";
import { PREPARED_CODE_POINTS } from "./charset.ts";
import type { FastFont } from "./fast-font.ts";
import { programFor } from "./font-program.ts";
import { fastDoc } from "./index.ts";
import { prepareFont } from "./prepared-font.ts";

const sampleOf = <K extends FormNo>(n: K) =>
  (samples as Record<string, unknown>)[`sample${n}`] as never;

const producer = (pdf: Uint8Array) =>
  /Motcua \(pdf-lib\)/.test(pdfInfo(pdf)) ? "pdf-lib" : "fast";

function withFile<T>(pdf: Uint8Array, f: (dir: string, file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "motcua-fast-"));
  try {
    writeFileSync(join(dir, "f.pdf"), pdf);
    return f(dir, join(dir, "f.pdf"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pdfInfo(pdf: Uint8Array): string {
  return withFile(pdf, (_, file) => execFileSync("pdfinfo", [file], { encoding: "utf8" }));
}

/** Each page rasterised by poppler at 50 dpi. */
function pixels(pdf: Uint8Array): Buffer[] {
  return withFile(pdf, (dir, file) => {
    execFileSync("pdftoppm", ["-r", "50", "-gray", file, join(dir, "p")]);
    const pages = execFileSync("ls", [dir], { encoding: "utf8" })
      .split("\n")
      .filter((n) => n.endsWith(".pgm"))
      .sort();
    return pages.map((n) => readFileSync(join(dir, n)));
  });
}

describe("the fast engine", () => {
  it("writes the receipt (Form 01) whose text reads back as the Vietnamese lines", async () => {
    const pdf = await renderForm("01", samples.sample01);
    expect(producer(pdf)).toBe("fast");
    const lines = pdfText(pdf)
      .split("\n")
      .filter((l) => l.trim());
    expect(lines).toEqual(
      expect.arrayContaining([
        "UBND XÃ TÂN PHƯỚC",
        "BỘ PHẬN MỘT CỬA",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Tân Phước, ngày 15 tháng 3 năm 2026",
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        "Mã hồ sơ: H58.27-260315-0042",
        "Bộ phận Một cửa xã Tân Phước tiếp nhận hồ sơ của: Nguyễn Thị Ngọc Huyền",
        "Địa chỉ: Ấp Phước Hòa, xã Tân Phước, tỉnh Đồng Tháp",
        "Số điện thoại, thư điện tử: 0912 345 678 — huyen.nguyen@example.vn",
        "(2) Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp — 1 bản chính",
        "3. Thời gian giải quyết hồ sơ theo quy định: 3 ngày làm việc",
        "4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 15 tháng 3 năm 2026",
        "Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026, Số thứ tự: 42",
        "(Ký và ghi rõ họ tên)",
        "Trần Văn Đức",
      ]),
    );
  });

  for (const n of FORM_NOS) {
    it(`draws form ${n} pixel for pixel as pdf-lib does, fonts embedded`, async () => {
      const fast = await renderFormWith("fast", n, sampleOf(n));
      const slow = await renderFormWith("pdf-lib", n, sampleOf(n));
      expect(pixels(fast)).toEqual(pixels(slow));
      expect(pdfText(fast, true)).toBe(pdfText(slow, true));
      const fonts = withFile(fast, (_, f) => execFileSync("pdffonts", [f], { encoding: "utf8" }));
      expect(fonts).toMatch(/CID TrueType\s+Identity-H\s+yes\s+\S+\s+yes/);
      expect((await PDFDocument.load(fast)).getPageCount()).toBe(
        (await PDFDocument.load(slow)).getPageCount(),
      );
    });
  }

  it("draws English wording with ligatures (fi, ffi, fl) as pdf-lib does, and copies it back", async () => {
    const data = {
      ...samples.sample01,
      applicant: { ...samples.sample01.applicant, name: "Office of Affiliated Fluffy Firms" },
    };
    const fast = await renderFormWith("fast", "01", data, "en");
    expect(pixels(fast)).toEqual(pixels(await renderFormWith("pdf-lib", "01", data, "en")));
    expect(pdfText(fast).replace(/\s+/g, " ")).toContain("Office of Affiliated Fluffy Firms");
  });

  it("runs onto numbered pages like pdf-lib", async () => {
    const components = Array.from({ length: 30 }, (_, i) => ({
      name: `Thành phần số ${i + 1}: giấy tờ chứng minh quyền sử dụng đất và tài sản gắn liền với đất`,
      copies: 1,
    }));
    const data = { ...samples.sample01, components };
    const fast = await renderFormWith("fast", "01", data);
    expect(pixels(fast)).toEqual(pixels(await renderFormWith("pdf-lib", "01", data)));
  });

  it("falls back to pdf-lib for a character outside the prepared set, with the same text", async () => {
    const data = {
      ...samples.sample01,
      applicant: { ...samples.sample01.applicant, name: "Иванова Анна (Nguyễn Thị An)" },
    };
    await expect(renderFormWith("fast", "01", data)).rejects.toThrow(/U\+0418/);
    const pdf = await renderForm("01", data);
    expect(producer(pdf)).toBe("pdf-lib");
    expect(pdfText(pdf)).toContain("Иванова Анна (Nguyễn Thị An)");
  });

  it("gives a file that signs and verifies", async () => {
    const clock = fixedClock("2026-03-17T03:00:00Z");
    const id = createSigningIdentity(
      { commonName: "Trần Văn Đức", organisation: "UBND", days: 30 },
      clock,
    );
    const pdf = await renderForm("01", samples.sample01);
    const signed = await signPdf(pdf, { p12: id.p12, passphrase: "" }, "Tiếp nhận", "Tân Phước", {
      clock,
    });
    expect((await verifyPdf(signed)).valid).toBe(true);
  });

  it("embeds font programs whose every glyph reads back (Tinos has odd-length glyphs)", async () => {
    for (const face of ["sans", "serif"] as const) {
      const prepared = await prepareFont(face, "regular");
      const all = new Uint8Array(prepared.program.numGlyphs).fill(1);
      const program = fontkit.create(inflateSync(programFor(prepared.program, all).data));
      const original = fontkit.create(fontSource(face, "regular").bytes);
      for (const cp of PREPARED_CODE_POINTS) {
        const gid = Number.parseInt(prepared.glyphHex[cp] ?? "0", 16);
        const box = program.getGlyph(gid).bbox;
        expect([cp, box.width, box.height]).toEqual([
          cp,
          original.glyphForCodePoint(cp).bbox.width,
          original.glyphForCodePoint(cp).bbox.height,
        ]);
      }
    }
  });

  it("measures every prepared character as pdf-lib does, in both faces", async () => {
    const all = String.fromCodePoint(...PREPARED_CODE_POINTS);
    for (const face of ["sans", "serif"] as const) {
      const doc = await PDFDocument.create();
      doc.registerFontkit(fontkit);
      const slow = await embedFonts(doc, face);
      const fast = (await fastDoc(face)).fonts as Record<string, FastFont>;
      for (const key of ["regular", "bold", "italic"] as const) {
        // Shaping maps each prepared character alone to its own glyph (no ligature, no context).
        const font = fontkit.create(fontSource(face, key).bytes);
        const shaped = font.layout(all).glyphs.map((g) => g.id);
        expect(shaped).toEqual(PREPARED_CODE_POINTS.map((c) => font.glyphForCodePoint(c).id));
        // … and its ligatures (DejaVu joins ff, fi, fl, ffi, ffl) are taken where shaping takes them.
        const words = ["office", "fluffy", "fffi", "ififl", "Official affiliation", "ﬁ"];
        for (const word of words.slice(0, -1))
          expect(fast[key].encode(word).length / 4).toBe(font.layout(word).glyphs.length);
        for (const text of [
          all,
          ...words.slice(0, -1),
          ...PREPARED_CODE_POINTS.map((c) => String.fromCodePoint(c)),
        ])
          expect(fast[key].widthOfTextAtSize(text, 8.5)).toBe(
            slow[key].widthOfTextAtSize(text, 8.5),
          );
      }
    }
  });
});
