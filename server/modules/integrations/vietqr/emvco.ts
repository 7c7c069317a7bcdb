// EMVCo merchant-presented QR (EMV QRCPS-MPM v1.1): ID-length-value fields and the CRC that
// closes the payload (ID 63, CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF).

export type Tlv = [id: string, value: string | Tlv[]];

/** One field: two-digit ID, two-digit length (in characters), value. */
export function field(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new Error(`EMVCo field id "${id}" must be two digits`);
  if (value.length > 99) throw new Error(`EMVCo field ${id} is longer than 99 characters`);
  return `${id}${String(value.length).padStart(2, "0")}${value}`;
}

export function encode(fields: Tlv[]): string {
  return fields.map(([id, v]) => field(id, typeof v === "string" ? v : encode(v))).join("");
}

export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

/** The payload with its CRC field appended (the CRC covers "6304" too). */
export function withCrc(payload: string): string {
  const head = `${payload}6304`;
  return head + crc16(head);
}

/** Parses one level of fields; throws on a malformed payload. */
export function parse(payload: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < payload.length) {
    const id = payload.slice(i, i + 2);
    const len = Number(payload.slice(i + 2, i + 4));
    if (!/^\d{2}$/.test(id) || !Number.isInteger(len) || i + 4 + len > payload.length)
      throw new Error(`malformed EMVCo field at ${i}`);
    out.set(id, payload.slice(i + 4, i + 4 + len));
    i += 4 + len;
  }
  return out;
}

/** True when the payload ends with a CRC field that matches its content. */
export function crcValid(payload: string): boolean {
  const at = payload.length - 8;
  return (
    at > 0 &&
    payload.slice(at, at + 4) === "6304" &&
    crc16(payload.slice(0, at + 4)) === payload.slice(at + 4)
  );
}
