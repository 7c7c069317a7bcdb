// The commune's counter certifies a copy from its original: uploads the scan, picks the commune's
// leader as certifier, and gets an electronic copy numbered in the register of the year and signed
// with the commune's signature; the register lists it and downloads as Excel.
import { PDFDocument, StandardFonts } from "pdf-lib";
import { assert, type Journey, see } from "./harness.ts";

async function scan(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText("Bang tot nghiep THPT - ban chinh", { x: 72, y: 760, font });
  return Buffer.from(await doc.save());
}

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const page = await newPage({ user: seed.users["tiepnhan.xa"] });
  await page.goto("/chung-thuc");
  await see(page, "Chứng thực bản sao từ bản chính");
  await page.getByLabel("Người yêu cầu chứng thực").fill("Lê Văn Cường");
  await page.getByLabel("Tên giấy tờ (bản chính)").fill("Bằng tốt nghiệp trung học phổ thông");
  await page.getByLabel("Số bản sao").fill("2");
  await page.getByLabel("Bản chụp bản chính (PDF, PNG hoặc JPEG)").setInputFiles({
    name: "bang-tot-nghiep.pdf",
    mimeType: "application/pdf",
    buffer: await scan(),
  });
  const signer = page.getByLabel("Người thực hiện chứng thực");
  assert(
    ((await signer.textContent()) ?? "").includes("Ngô Văn Thắng"),
    "the commune's leader is offered as certifier",
  );
  await page.getByRole("button", { name: "Chứng thực và ghi sổ" }).click();
  await see(page, /Đã chứng thực: số \d+, quyển số 01\/\d{4}-SCT\/BS; lệ phí 4\.000 đồng/);
  await screenshot("certified-copy");

  const href = await page.getByRole("link", { name: "Mở bản sao điện tử" }).getAttribute("href");
  const copy = await page.request.get(href ?? "");
  const bytes = await copy.body();
  assert(
    copy.ok() && bytes.subarray(0, 5).toString() === "%PDF-" && bytes.includes("/ByteRange"),
    `the electronic copy is a signed PDF (${copy.status()})`,
  );
  const row = page.locator('section[aria-labelledby="cert-register-h"] tr', {
    hasText: "Lê Văn Cường",
  });
  await row.waitFor();
  assert(((await row.textContent()) ?? "").includes("Điện tử"), "the register lists the e-copy");
  const xlsx = await page.request.get(
    (await page.getByRole("link", { name: "Tải sổ (Excel)" }).getAttribute("href")) ?? "",
  );
  assert(xlsx.ok() && (await xlsx.body()).subarray(0, 2).toString() === "PK", "Excel downloads");
};

export default journey;
