// VietQR (NAPAS profile of EMVCo merchant-presented QR, Decision 1928/QĐ-NHNN on QR payments):
// a transfer to the collecting agency's account, for the fee's amount, with the dossier code in
// the purpose so the collecting account's statement names the dossier.
import QRCode from "qrcode";
import { crcValid, encode, parse, withCrc } from "./emvco.ts";

/** NAPAS's application identifier for VietQR transfers. */
const NAPAS_AID = "A000000727";
/** Service code: transfer to an account (QRIBFTTC would be to a card). */
const TO_ACCOUNT = "QRIBFTTA";

export interface VietQrInput {
  /** The beneficiary bank's 6-digit BIN (NAPAS). */
  bin: string;
  account: string;
  /** In đồng (VND has no minor unit). */
  amount: number;
  /** Transfer purpose: the dossier code first. */
  purpose: string;
}

export function vietQr(p: VietQrInput): string {
  if (!/^\d{6}$/.test(p.bin)) throw new Error("the bank BIN has 6 digits");
  if (!/^[0-9A-Za-z]{1,19}$/.test(p.account))
    throw new Error("the account has 1–19 letters or digits");
  if (!Number.isInteger(p.amount) || p.amount <= 0 || p.amount > 9_999_999_999_999)
    throw new Error("the amount is a positive whole number of đồng");
  const payload = encode([
    ["00", "01"],
    // 12: dynamic QR, for one payment with its amount.
    ["01", "12"],
    [
      "38",
      [
        ["00", NAPAS_AID],
        [
          "01",
          [
            ["00", p.bin],
            ["01", p.account],
          ],
        ],
        ["02", TO_ACCOUNT],
      ],
    ],
    ["53", "704"],
    ["54", String(p.amount)],
    ["58", "VN"],
    ["62", [["08", asciiPurpose(p.purpose)]]],
  ]);
  return withCrc(payload);
}

/** Banks read the purpose as ASCII: Vietnamese letters lose their marks, at most 25 characters. */
function asciiPurpose(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^0-9A-Za-z .-]/g, " ")
    .slice(0, 25)
    .trim();
}

export interface ReadVietQr {
  bin: string;
  account: string;
  amount: number;
  purpose: string;
  currency: string;
  country: string;
}

/** Reads a VietQR payload back (what a banking app does), checking its CRC. */
export function readVietQr(payload: string): ReadVietQr {
  if (!crcValid(payload)) throw new Error("bad CRC");
  const top = parse(payload);
  const merchant = parse(top.get("38") ?? "");
  if (merchant.get("00") !== NAPAS_AID) throw new Error("not a NAPAS VietQR");
  const beneficiary = parse(merchant.get("01") ?? "");
  return {
    bin: beneficiary.get("00") ?? "",
    account: beneficiary.get("01") ?? "",
    amount: Number(top.get("54")),
    purpose: parse(top.get("62") ?? "").get("08") ?? "",
    currency: top.get("53") ?? "",
    country: top.get("58") ?? "",
  };
}

export function vietQrPng(payload: string): Promise<Buffer> {
  return QRCode.toBuffer(payload, { type: "png", errorCorrectionLevel: "M", margin: 2, scale: 6 });
}
