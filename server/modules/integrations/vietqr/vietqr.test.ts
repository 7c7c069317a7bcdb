import { describe, expect, it } from "vitest";
import { crc16, crcValid, parse } from "./emvco.ts";
import { readVietQr, vietQr, vietQrPng } from "./vietqr.ts";

describe("VietQR", () => {
  it("closes the payload with CRC-16/CCITT-FALSE", () => {
    // The algorithm's published check value.
    expect(crc16("123456789")).toBe("29B1");
  });

  it("encodes a NAPAS transfer that a banking app reads back: BIN, account, amount, dossier code", () => {
    const payload = vietQr({
      bin: "970405",
      account: "1234567890123",
      amount: 20_000,
      purpose: "H58.27-260315-0042 Lệ phí",
    });
    expect(payload.startsWith("000201010212")).toBe(true);
    expect(crcValid(payload)).toBe(true);
    expect(readVietQr(payload)).toEqual({
      bin: "970405",
      account: "1234567890123",
      amount: 20_000,
      purpose: "H58.27-260315-0042 Le phi",
      currency: "704",
      country: "VN",
    });
    const merchant = parse(parse(payload).get("38")!);
    expect(merchant.get("02")).toBe("QRIBFTTA");
    // One changed character breaks the CRC.
    const tampered = payload.replace("20000", "10000");
    expect(crcValid(tampered)).toBe(false);
    expect(() => readVietQr(tampered)).toThrow("bad CRC");
  });

  it("refuses an account or amount a bank would not take, and draws a PNG", async () => {
    expect(() => vietQr({ bin: "97040", account: "1", amount: 1, purpose: "x" })).toThrow();
    expect(() => vietQr({ bin: "970405", account: "1", amount: 0, purpose: "x" })).toThrow();
    const png = await vietQrPng(vietQr({ bin: "970405", account: "1", amount: 5, purpose: "x" }));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});
