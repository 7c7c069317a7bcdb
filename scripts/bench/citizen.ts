// Issue goal for the citizen's results: signing and verifying a one-page result (each < 100 ms),
// beside a baseline measured in the same run (loading and saving the same page with pdf-lib).
import { PDFDocument, StandardFonts } from "pdf-lib";
import { createSigningIdentity, signPdf, verifyPdf } from "../../server/modules/documents/index.ts";
import { systemClock } from "../../server/platform/clock.ts";
import { type Figure, percentile, round, withBaseline } from "./harness.ts";

async function onePage(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText("GIAY KHAI SINH - ban dien tu", { x: 72, y: 760, size: 16, font });
  for (let i = 0; i < 30; i++)
    page.drawText(`Dong noi dung ${i + 1}`, { x: 72, y: 720 - i * 20, size: 11, font });
  return doc.save();
}

async function median(n: number, f: () => Promise<unknown>): Promise<number> {
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await f();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return round(percentile(t, 50));
}

export async function run(): Promise<Figure[]> {
  const pdf = await onePage();
  const id = createSigningIdentity(
    { commonName: "UBND xã Mỹ Thọ", organisation: "UBND xã Mỹ Thọ", days: 30 },
    systemClock,
  );
  const signer = { p12: id.p12, passphrase: "" };
  const sign = () => signPdf(pdf, signer, "Ban hành kết quả", "Đồng Tháp", { name: "Lãnh đạo" });
  const signed = await sign();
  await verifyPdf(signed);
  const baseline = await median(20, async () => (await PDFDocument.load(pdf)).save());
  const base = { name: "pdf-lib load + save of the same page (median)", value: baseline };
  const signMs = await median(20, sign);
  const verifyMs = await median(20, () => verifyPdf(signed));
  return [
    withBaseline({
      name: "sign a one-page result (median of 20)",
      value: signMs,
      unit: "ms",
      goal: "< 100 ms",
      met: signMs < 100,
      baseline: base,
    }),
    withBaseline({
      name: "verify a one-page signed result (median of 20)",
      value: verifyMs,
      unit: "ms",
      goal: "< 100 ms",
      met: verifyMs < 100,
      baseline: base,
    }),
  ];
}
