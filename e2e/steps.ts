// Steps shared by dossier journeys, written the way a person works the screens.
import { PDFDocument, StandardFonts } from "pdf-lib";
import type { Page } from "playwright-core";
import { see } from "./harness.ts";

export const BIRTH = { code: "1.001193", name: "Đăng ký khai sinh" };
export const COMMUNE = "Ủy ban nhân dân xã Tân Phước 1";

/** Applicant details and the birth-registration e-form. */
export async function fillBirthApplicant(page: Page) {
  await page.getByLabel("Họ và tên", { exact: true }).fill("Trần Thị Bình");
  await page.getByLabel("Số định danh cá nhân", { exact: true }).fill("079123456789");
  await page.getByLabel("Điện thoại", { exact: true }).fill("0901234567");
  await page.getByLabel("Địa chỉ", { exact: true }).fill("Ấp Phú Hòa, xã Tân Phước 1");
  const child = page.getByLabel("Họ, chữ đệm và tên trẻ");
  if (await child.count()) {
    await child.fill("Trần Gia Bảo");
    await page.getByLabel("Ngày, tháng, năm sinh của trẻ").fill("01/03/2026");
    await page.getByLabel("Giới tính").selectOption("Nam");
    await page.getByLabel("Dân tộc", { exact: true }).fill("Kinh");
    await page.getByLabel("Quốc tịch", { exact: true }).fill("Việt Nam");
    await page.getByLabel("Nơi sinh (cơ sở y tế hoặc địa chỉ)").fill("Bệnh viện Đa khoa tỉnh");
    await page.getByLabel("Họ, chữ đệm và tên người mẹ").fill("Trần Thị Bình");
  }
}

/** Opens (or reloads) a dossier page and runs one action through its form. */
export async function act(
  page: Page,
  code: string,
  action: string,
  fill?: (p: Page) => Promise<void>,
) {
  await page.goto(`/ho-so/${code}`);
  await see(page, `Hồ sơ ${code}`);
  await page.getByRole("button", { name: action, exact: true }).click();
  await fill?.(page);
  await page.getByRole("button", { name: `Xác nhận: ${action}` }).click();
  await see(page, `Đã thực hiện: ${action}.`);
}

/** The birth registration e-form's required fields (Circular 04/2020/TT-BTP), for API intakes. */
export const BIRTH_FORM_DATA = {
  danTocTre: "Kinh",
  quocTichTre: "Việt Nam",
  noiSinh: "Bệnh viện Đa khoa tỉnh",
  hoTenMe: "Trần Thị Bình",
};

/** A one-page PDF carrying a line of text, as an official would scan or export a paper. */
export async function onePagePdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(text, { x: 72, y: 760, size: 14, font });
  return Buffer.from(await doc.save());
}
