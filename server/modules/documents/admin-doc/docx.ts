// An administrative document as DOCX (Office Open XML, editable in Word and LibreOffice): A4,
// margins and Times New Roman 13–14 pt per Decree 30/2020/NĐ-CP Appendix I; the heading and the
// signature area are borderless two-column tables, as the paper layout has them.
import { type AdminDocument, adminDocument } from "./model.ts";
import { zip } from "./zip.ts";

/** XML 1.0 refuses control characters other than tab, newline and return: they are dropped. */
const xmlSafe = (s: string) =>
  [...s]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 || ch === "\t" || ch === "\n" || ch === "\r")
    .join("");

const esc = (s: string) =>
  xmlSafe(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

interface RunOpts {
  bold?: boolean;
  italic?: boolean;
  size?: number;
}
const run = (text: string, o: RunOpts = {}) =>
  `<w:r><w:rPr>${o.bold ? "<w:b/>" : ""}${o.italic ? "<w:i/>" : ""}${
    o.size ? `<w:sz w:val="${o.size * 2}"/><w:szCs w:val="${o.size * 2}"/>` : ""
  }</w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

interface ParaOpts extends RunOpts {
  align?: "left" | "center" | "right" | "both";
  indent?: boolean;
  after?: number;
}
const para = (text: string, o: ParaOpts = {}) =>
  `<w:p><w:pPr><w:spacing w:before="0" w:after="${(o.after ?? 6) * 20}"/>${
    o.indent ? '<w:ind w:firstLine="567"/>' : ""
  }<w:jc w:val="${o.align ?? "both"}"/></w:pPr>${text ? run(text, o) : ""}</w:p>`;

const NO_BORDERS =
  '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
const BORDERS =
  '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>';
/** Text width of the page in twips: A4 (11906) less the margins (1701 + 1134). */
const WIDTH = 9071;

function tableXml(widths: number[], rows: string[][], borders: boolean, header = false): string {
  const total = widths.reduce((a, b) => a + b, 0);
  const tw = widths.map((w) => Math.round((w / total) * WIDTH));
  const grid = tw.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const body = rows
    .map(
      (cells, r) =>
        `<w:tr>${header && r === 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${cells
          .map((c, i) => `<w:tc><w:tcPr><w:tcW w:w="${tw[i]}" w:type="dxa"/></w:tcPr>${c}</w:tc>`)
          .join("")}</w:tr>`,
    )
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="${WIDTH}" w:type="dxa"/>${borders ? BORDERS : NO_BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

const vnLongDate = (day: string) => {
  const [y, m, d] = day.split("-").map(Number);
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `ngày ${p2(d)} tháng ${m <= 2 ? p2(m) : m} năm ${y}`;
};

export function adminDocumentDocx(input: AdminDocument): Buffer {
  const d = adminDocument.parse(input);
  const c = (text: string, o: ParaOpts = {}) => para(text, { align: "center", after: 0, ...o });
  const heading = tableXml(
    [4, 6],
    [
      [
        (d.unit.parent ? c(d.unit.parent.toUpperCase(), { size: 13 }) : "") +
          c(d.unit.name.toUpperCase(), { bold: true, size: 13 }) +
          c("—————", { size: 10 }) +
          c(`Số: ${d.number}`, { size: 13 }),
        c("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 12 }) +
          c("Độc lập - Tự do - Hạnh phúc", { bold: true, size: 13 }) +
          c("———————————", { size: 10 }) +
          c(`${d.place}, ${vnLongDate(d.issuedOn)}`, { italic: true, size: 13 }),
      ],
    ],
    false,
  );
  const body: string[] = [
    heading,
    para("", { after: 6 }),
    c(d.title.toUpperCase(), { bold: true, size: 14 }),
  ];
  if (d.subject) body.push(c(d.subject, { bold: true, size: 14 }));
  body.push(para("", { after: 6 }));
  for (const b of d.blocks) {
    if (b.kind === "heading") body.push(para(b.text, { bold: true, size: 14, indent: true }));
    else if (b.kind === "paragraph")
      for (const line of b.text.split("\n").filter((l) => l.trim()))
        body.push(para(line, { size: 14, indent: true }));
    else {
      const cell = (t: string, bold: boolean, align?: string) =>
        para(t, {
          bold,
          size: 12,
          after: 0,
          align: (align as ParaOpts["align"]) ?? (bold ? "center" : "left"),
        });
      const rows = [
        b.columns.map((col) => cell(col.header, true)),
        ...b.rows.map((r) => r.map((t, i) => cell(t, false, b.columns[i]?.align))),
      ];
      body.push(
        tableXml(
          b.columns.map((col) => col.width),
          rows,
          true,
          true,
        ),
        para("", { after: 6 }),
      );
    }
  }
  const recipients =
    para("Nơi nhận:", { bold: true, italic: true, size: 12, align: "left", after: 0 }) +
    d.recipients
      .map((r, i) =>
        para(`- ${r}${i === d.recipients.length - 1 ? "." : ";"}`, {
          size: 11,
          align: "left",
          after: 0,
        }),
      )
      .join("");
  const s = d.signer;
  const sign =
    (s.authority ? c(s.authority.toUpperCase(), { bold: true, size: 14 }) : "") +
    c(s.position.toUpperCase(), { bold: true, size: 14 }) +
    c(s.digital ? "(Đã ký số)" : "(Ký, ghi rõ họ tên và đóng dấu)", { italic: true, size: 13 }) +
    c("", { after: 60 }) +
    c(s.name, { bold: true, size: 14 });
  body.push(tableXml([1, 1], [[recipients, sign]], false));
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join(
    "",
  )}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>`;
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
  const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(
    `${d.title} ${d.subject ?? ""}`.trim(),
  )}</dc:title><dc:subject>${esc(d.number)}</dc:subject><dc:creator>${esc(d.unit.name)}</dc:creator><dc:language>vi-VN</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${d.issuedOn}T00:00:00Z</dcterms:created></cp:coreProperties>`;
  const f = (name: string, s: string) => ({ name, data: Buffer.from(s, "utf8") });
  return zip([
    f("[Content_Types].xml", contentTypes),
    f("_rels/.rels", rels),
    f("word/document.xml", documentXml),
    f("word/_rels/document.xml.rels", docRels),
    f("word/styles.xml", styles),
    f("docProps/core.xml", core),
  ]);
}
