// What a file really is, from its first bytes (and, for ZIP-based formats, its entry names).
import { listZipEntries } from "./zip-inspect.ts";

export const MEDIA = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  tiff: "image/tiff",
  zip: "application/zip",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  xml: "application/xml",
  text: "text/plain",
  html: "text/html",
  svg: "image/svg+xml",
  unknown: "application/octet-stream",
} as const;
export type MediaType = (typeof MEDIA)[keyof typeof MEDIA];

export const ZIP_BASED: readonly MediaType[] = [
  MEDIA.zip,
  MEDIA.docx,
  MEDIA.xlsx,
  MEDIA.odt,
  MEDIA.ods,
];

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

export function detectMediaType(bytes: Uint8Array): MediaType {
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.includes("%PDF-") && head.indexOf("%PDF-") < 1024) return MEDIA.pdf;
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return MEDIA.png;
  if (starts(bytes, [0xff, 0xd8, 0xff])) return MEDIA.jpeg;
  if (starts(bytes, [0x49, 0x49, 0x2a, 0x00]) || starts(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return MEDIA.tiff;
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return zipKind(bytes);
  return textKind(bytes);
}

function zipKind(bytes: Uint8Array): MediaType {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // ODF: an uncompressed first entry "mimetype" holding the type (ISO/IEC 26300, 3.3).
  if (buf.toString("latin1", 30, 38) === "mimetype") {
    const type = buf.toString("latin1", 38, 38 + 80);
    if (type.startsWith(MEDIA.odt)) return MEDIA.odt;
    if (type.startsWith(MEDIA.ods)) return MEDIA.ods;
  }
  let names: string[];
  try {
    names = listZipEntries(buf).map((e) => e.name);
  } catch {
    return MEDIA.zip; // the inspection reports the damage
  }
  if (names.includes("[Content_Types].xml")) {
    if (names.some((n) => n.startsWith("word/"))) return MEDIA.docx;
    if (names.some((n) => n.startsWith("xl/"))) return MEDIA.xlsx;
  }
  return MEDIA.zip;
}

function textKind(bytes: Uint8Array): MediaType {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return MEDIA.unknown;
  }
  if (hasBinaryControls(text)) return MEDIA.unknown;
  const start = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 512)
    .toLowerCase();
  if (/^<!doctype html|^<html[\s>]/.test(start)) return MEDIA.html;
  if (start.startsWith("<?xml") || /^<[a-z_][\w.:-]*[\s>/]/.test(start)) {
    return /<svg[\s>]/.test(start) ? MEDIA.svg : MEDIA.xml;
  }
  return MEDIA.text;
}

/** Declared types a client may send for each real type (browsers vary). */
export const ACCEPTED_DECLARATIONS: Record<string, string[]> = {
  [MEDIA.pdf]: [MEDIA.pdf, "application/x-pdf"],
  [MEDIA.png]: [MEDIA.png],
  [MEDIA.jpeg]: [MEDIA.jpeg, "image/jpg", "image/pjpeg"],
  [MEDIA.tiff]: [MEDIA.tiff, "image/tif"],
  [MEDIA.zip]: [MEDIA.zip, "application/x-zip-compressed"],
  [MEDIA.docx]: [MEDIA.docx, MEDIA.zip],
  [MEDIA.xlsx]: [MEDIA.xlsx, MEDIA.zip],
  [MEDIA.odt]: [MEDIA.odt, MEDIA.zip],
  [MEDIA.ods]: [MEDIA.ods, MEDIA.zip],
  [MEDIA.xml]: [MEDIA.xml, "text/xml"],
  [MEDIA.text]: [MEDIA.text, "text/csv"],
};

export const EXTENSIONS: Record<string, string[]> = {
  [MEDIA.pdf]: ["pdf"],
  [MEDIA.png]: ["png"],
  [MEDIA.jpeg]: ["jpg", "jpeg"],
  [MEDIA.tiff]: ["tif", "tiff"],
  [MEDIA.zip]: ["zip"],
  [MEDIA.docx]: ["docx"],
  [MEDIA.xlsx]: ["xlsx"],
  [MEDIA.odt]: ["odt"],
  [MEDIA.ods]: ["ods"],
  [MEDIA.xml]: ["xml"],
  [MEDIA.text]: ["txt", "csv"],
};

/** Control characters other than tab, line feed, form feed and carriage return mean binary. */
function hasBinaryControls(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f)
      return true;
  }
  return false;
}
