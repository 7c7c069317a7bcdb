// The fast engine's document: pages of content streams and the prepared fonts, written as a PDF
// 1.7 file with a classic cross-reference table (so a signature can be appended in place) by
// concatenating buffers. Only the fonts the pages use are written.
import { deflateSync } from "node:zlib";
import type { Canvas, DocMeta, FormDoc, FormFonts } from "../canvas.ts";
import type { FastFont } from "./fast-font.ts";
import { programFor } from "./font-program.ts";
import { FastPage, num } from "./page.ts";
import { widthsArray } from "./prepared-font.ts";

/** A text string as UTF-16BE hex with its byte order mark (what pdf-lib writes for metadata). */
function textString(s: string): string {
  let out = "<FEFF";
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, "0");
  return `${out}>`;
}

function pdfDate(d: Date): string {
  const p = (x: number, w = 2) => String(x).padStart(w, "0");
  return `(D:${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z)`;
}

class Writer {
  readonly chunks: Buffer[] = [];
  readonly offsets: number[] = [0];
  pos = 0;

  write(b: Buffer | string): void {
    const buf = typeof b === "string" ? Buffer.from(b, "latin1") : b;
    this.chunks.push(buf);
    this.pos += buf.length;
  }
  object(no: number, dict: string): void {
    this.offsets[no] = this.pos;
    this.write(`${no} 0 obj\n${dict}\nendobj\n`);
  }
  stream(no: number, dict: string, data: Buffer): void {
    this.offsets[no] = this.pos;
    this.write(`${no} 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`);
    this.write(data);
    this.write("\nendstream\nendobj\n");
  }
}

function writeFont(w: Writer, no: number, font: FastFont): void {
  const p = font.prepared;
  const used: [number, number][] = [];
  font.used.forEach((u, id) => {
    if (u) used.push([id, p.glyphWidths[id]]);
  });
  const program = programFor(p.program, font.used);
  w.object(
    no,
    `<< /Type /Font /Subtype /Type0 /BaseFont /${p.name} /Encoding /Identity-H /DescendantFonts [${no + 1} 0 R] /ToUnicode ${no + 4} 0 R >>`,
  );
  w.object(
    no + 1,
    `<< /Type /Font /Subtype /CIDFontType2 /CIDToGIDMap /Identity /BaseFont /${p.name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${no + 2} 0 R /W ${widthsArray(used)} >>`,
  );
  w.object(no + 2, `<< ${p.descriptor} /FontFile2 ${no + 3} 0 R >>`);
  w.stream(no + 3, `/Filter /FlateDecode /Length1 ${program.length}`, program.data);
  w.stream(no + 4, "/Filter /FlateDecode", p.toUnicode);
}

export class FastDoc implements FormDoc {
  readonly pages: FastPage[] = [];
  constructor(readonly fonts: FormFonts & Record<"regular" | "bold" | "italic", FastFont>) {}

  addPage(width: number, height: number): Canvas {
    const page = new FastPage(width, height);
    this.pages.push(page);
    return page;
  }

  async save(meta: DocMeta): Promise<Uint8Array> {
    const used = [this.fonts.regular, this.fonts.bold, this.fonts.italic].filter((f) =>
      this.pages.some((p) => p.fonts.has(f)),
    );
    // 1 catalog, 2 page tree, 3 information, 4 resources, then 5 objects a font, 2 a page.
    const fontNo = (i: number) => 5 + 5 * i;
    const pageNo = (i: number) => fontNo(used.length) + 2 * i;
    const size = pageNo(this.pages.length);
    const w = new Writer();
    w.write("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
    w.object(1, `<< /Type /Catalog /Pages 2 0 R /Lang (${meta.language}) >>`);
    const kids = this.pages.map((_, i) => `${pageNo(i)} 0 R`).join(" ");
    w.object(2, `<< /Type /Pages /Kids [${kids}] /Count ${this.pages.length} >>`);
    w.object(
      3,
      `<< /Title ${textString(meta.title)} /Subject ${textString(meta.subject)} /Author ${textString(meta.author)} /Creator ${textString("Motcua")} /Producer ${textString("Motcua")} /CreationDate ${pdfDate(meta.date)} /ModDate ${pdfDate(meta.date)} >>`,
    );
    const fontRefs = used.map((f, i) => `/${f.resource} ${fontNo(i)} 0 R`).join(" ");
    w.object(4, `<< /Font << ${fontRefs} >> >>`);
    used.forEach((f, i) => {
      writeFont(w, fontNo(i), f);
    });
    this.pages.forEach((page, i) => {
      const no = pageNo(i);
      w.object(
        no,
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(page.width)} ${num(page.height)}] /Resources 4 0 R /Contents ${no + 1} 0 R >>`,
      );
      w.stream(
        no + 1,
        "/Filter /FlateDecode",
        deflateSync(Buffer.from(page.ops.join("\n"), "latin1"), { level: 1 }),
      );
    });
    const xref = w.pos;
    let table = `xref\n0 ${size}\n0000000000 65535 f \n`;
    for (let i = 1; i < size; i++) table += `${String(w.offsets[i]).padStart(10, "0")} 00000 n \n`;
    w.write(table);
    w.write(`trailer\n<< /Size ${size} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
    return Buffer.concat(w.chunks, w.pos);
  }
}
