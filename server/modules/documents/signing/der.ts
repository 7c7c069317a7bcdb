// A minimal DER/BER reader: enough to walk a CMS SignedData and an X.509 certificate while
// keeping the exact bytes of each element (signatures cover bytes, not re-encodings).

export interface Tlv {
  tag: number;
  /** Offset of the tag byte. */
  start: number;
  /** Offset of the first content byte. */
  contentStart: number;
  /** Offset just past the element. */
  end: number;
}

export class DerError extends Error {}

export function readTlv(buf: Buffer, offset: number, limit = buf.length): Tlv {
  if (offset + 2 > limit) throw new DerError(`truncated element at ${offset}`);
  const tag = buf[offset];
  if ((tag & 0x1f) === 0x1f) throw new DerError(`multi-byte tag at ${offset}`);
  let pos = offset + 1;
  const first = buf[pos++];
  if (first === 0x80) {
    // BER indefinite length (constructed only): children up to the 00 00 end-of-contents.
    const contentStart = pos;
    while (pos + 2 <= limit && !(buf[pos] === 0 && buf[pos + 1] === 0))
      pos = readTlv(buf, pos, limit).end;
    if (pos + 2 > limit) throw new DerError(`unterminated element at ${offset}`);
    return { tag, start: offset, contentStart, end: pos + 2 };
  }
  let len = first;
  if (first & 0x80) {
    const n = first & 0x7f;
    if (n > 4 || pos + n > limit) throw new DerError(`bad length at ${offset}`);
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[pos++];
  }
  if (pos + len > limit) throw new DerError(`element at ${offset} runs past its container`);
  return { tag, start: offset, contentStart: pos, end: pos + len };
}

/** Child elements of a constructed element. */
export function children(buf: Buffer, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let pos = parent.contentStart;
  const limit = buf[parent.start + 1] === 0x80 ? parent.end - 2 : parent.end;
  while (pos < limit) {
    const child = readTlv(buf, pos, limit);
    out.push(child);
    pos = child.end;
  }
  return out;
}

export const bytesOf = (buf: Buffer, t: Tlv) => buf.subarray(t.start, t.end);
export const contentOf = (buf: Buffer, t: Tlv) => buf.subarray(t.contentStart, t.end);

/** Dotted form of an OBJECT IDENTIFIER's content. */
export function oid(content: Buffer): string {
  const parts: number[] = [];
  let value = 0;
  for (const b of content) {
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      if (parts.length === 0)
        parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join(".");
}

/** UTCTime (tag 0x17) or GeneralizedTime (0x18) to a Date. */
export function asn1Time(tag: number, content: Buffer): Date | undefined {
  const s = content.toString("latin1");
  const m =
    tag === 0x17
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/.exec(s);
  if (!m) return undefined;
  let year = Number(m[1]);
  if (tag === 0x17) year += year < 50 ? 2000 : 1900;
  return new Date(Date.UTC(year, +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}
