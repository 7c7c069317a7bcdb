// Test helper: ZIP archives from the DOCX writer, then tampered with in the central directory, so
// tests can craft bombs and odd layouts.
import { type ZipEntry, zip } from "../admin-doc/zip.ts";

export interface BuildEntry extends ZipEntry {
  /** Lie in the central directory about the uncompressed size. */
  claimSize?: number;
}

const CENTRAL = 0x02014b50;

export function buildZip(entries: BuildEntry[], opts: { overlapAll?: boolean } = {}): Buffer {
  const out = zip(entries);
  // End of central directory (no comment): the directory's offset at +16.
  let at = out.readUInt32LE(out.length - 22 + 16);
  for (const e of entries) {
    if (out.readUInt32LE(at) !== CENTRAL) throw new Error("central directory out of step");
    if (e.claimSize !== undefined) out.writeUInt32LE(e.claimSize, at + 24);
    // Every entry claims the first entry's bytes.
    if (opts.overlapAll) out.writeUInt32LE(0, at + 42);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
