// Steps shared by dossier journeys, written the way a person works the screens.
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
    await page.getByLabel("Ngày sinh của trẻ").fill("2026-03-01");
    await page.getByLabel("Giới tính").selectOption("Nam");
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
