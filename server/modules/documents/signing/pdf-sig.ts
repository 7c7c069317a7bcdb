// Finds a PDF signature: its /ByteRange, the CMS bytes in /Contents and the text entries of the
// signature dictionary (/Reason, /Location, /M).

export interface SigField {
  byteRange: [number, number, number, number];
  /** The CMS bytes, trailing zero padding removed by the DER length. */
  contents: Buffer;
  reason?: string;
  location?: string;
  name?: string;
  /** /M, the claimed signing time in the dictionary. */
  m?: Date;
}

export class SigFieldError extends Error {}

/** Every "/ByteRange [a b c d]" in the file, last (most recent) last. */
export function findByteRanges(
  buf: Buffer,
): { pos: number; range: [number, number, number, number] }[] {
  const out: { pos: number; range: [number, number, number, number] }[] = [];
  const re = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  const text = buf.toString("latin1");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ pos: m.index, range: [+m[1], +m[2], +m[3], +m[4]] });
  }
  return out;
}

export function readSigField(
  buf: Buffer,
  pos: number,
  range: [number, number, number, number],
): SigField {
  const [a, b, c, d] = range;
  if (a !== 0 || b <= 0 || c <= b || c + d > buf.length)
    throw new SigFieldError("ByteRange out of bounds");
  const gap = buf.subarray(b, c).toString("latin1");
  if (!/^<[0-9a-fA-F]*>$/.test(gap))
    throw new SigFieldError("ByteRange gap is not the /Contents hex string");
  const contents = Buffer.from(gap.slice(1, -1), "hex");
  // The signature dictionary: from its "obj" before the ByteRange to "endobj" after the gap.
  const text = buf.toString("latin1");
  const from = Math.max(0, text.lastIndexOf(" obj", pos));
  const to = text.indexOf("endobj", c);
  const dict = text.slice(from, to === -1 ? undefined : to).replace(gap, "<>");
  const m = pdfString(dict, "/M");
  return {
    byteRange: range,
    contents,
    reason: pdfString(dict, "/Reason"),
    location: pdfString(dict, "/Location"),
    name: pdfString(dict, "/Name"),
    m: m ? pdfDate(m) : undefined,
  };
}

/** The string value of a key, literal "(…)" or hex "<…>", decoded (UTF-16BE with BOM or Latin-1). */
export function pdfString(dict: string, key: string): string | undefined {
  const at = new RegExp(`${key.replace("/", "\\/")}\\s*([(<])`).exec(dict);
  if (!at) return undefined;
  let i = at.index + at[0].length;
  const bytes: number[] = [];
  if (at[1] === "<") {
    const end = dict.indexOf(">", i);
    const hex = dict.slice(i, end).replace(/\s/g, "");
    for (let k = 0; k + 1 < hex.length; k += 2) bytes.push(parseInt(hex.slice(k, k + 2), 16));
  } else {
    let depth = 1;
    const esc: Record<string, number> = {
      n: 10,
      r: 13,
      t: 9,
      b: 8,
      f: 12,
      "(": 40,
      ")": 41,
      "\\": 92,
    };
    while (i < dict.length) {
      const ch = dict[i++];
      if (ch === "\\") {
        const nx = dict[i++];
        if (nx in esc) bytes.push(esc[nx]);
        else if (/[0-7]/.test(nx)) {
          let oct = nx;
          while (oct.length < 3 && /[0-7]/.test(dict[i])) oct += dict[i++];
          bytes.push(parseInt(oct, 8) & 0xff);
        } else if (nx === "\r" && dict[i] === "\n") i++;
        continue;
      }
      if (ch === "(") depth++;
      if (ch === ")" && --depth === 0) break;
      bytes.push(ch.charCodeAt(0) & 0xff);
    }
  }
  const b = Buffer.from(bytes);
  if (b[0] === 0xfe && b[1] === 0xff) {
    const body = Buffer.from(b.subarray(2, 2 + ((b.length - 2) & ~1)));
    return body.swap16().toString("utf16le");
  }
  return b.toString("latin1");
}

/** "D:20260315083000+07'00'" or "D:20260315013000Z" to a Date. */
export function pdfDate(s: string): Date | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/.exec(
    s,
  );
  if (!m) return undefined;
  const utc = Date.UTC(
    +m[1],
    +(m[2] ?? 1) - 1,
    +(m[3] ?? 1),
    +(m[4] ?? 0),
    +(m[5] ?? 0),
    +(m[6] ?? 0),
  );
  const sign = m[7] === "-" ? -1 : m[7] === "+" ? 1 : 0;
  const offset = sign * ((+(m[8] ?? 0) * 60 + +(m[9] ?? 0)) * 60_000);
  return new Date(utc - offset);
}
