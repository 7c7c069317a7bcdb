// A counter officer of the provincial centre receives a commune procedure for the competent
// commune: finds the procedure without accents, records the applicant, ticks the components,
// receives, and prints the receipt (Form 01, a PDF).
import { assert, type Journey, see } from "./harness.ts";
import { BIRTH, COMMUNE, fillBirthApplicant } from "./steps.ts";

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const page = await newPage({ user: seed.users.tiepnhan });
  await page.goto("/");
  await page
    .getByRole("navigation")
    .getByRole("link", { name: "Tiếp nhận hồ sơ", exact: true })
    .click();
  await page.getByLabel("Tìm thủ tục theo tên hoặc mã").fill("khai sinh");
  await page.getByRole("button", { name: `Chọn: ${BIRTH.name}`, exact: true }).click();
  await page.getByLabel("Cơ quan giải quyết").selectOption({ label: COMMUNE });
  await fillBirthApplicant(page);
  // Receiving is refused while a required component is missing.
  const receive = page.getByRole("button", { name: "Tiếp nhận hồ sơ", exact: true });
  assert(await receive.isDisabled(), "cannot receive an incomplete dossier");
  await see(page, "Còn thiếu 2 thành phần bắt buộc");
  await page.getByRole("checkbox", { name: "Đã nộp Tờ khai đăng ký khai sinh" }).check();
  await page.getByRole("checkbox", { name: /^Đã số hóa Giấy chứng sinh/ }).check();
  await see(page, "Đủ thành phần bắt buộc.");
  await screenshot("intake-form");
  await receive.click();
  await see(page, /Đã tiếp nhận hồ sơ H58\.99-\d{6}-\d{4}\./);
  await screenshot("intake-received");
  const print = page.getByRole("link", { name: "In Giấy tiếp nhận (Mẫu 01)" });
  const href = await print.getAttribute("href");
  assert(href && /\/forms\/01$/.test(href), `the receipt link points at Form 01 (${href})`);
  const pdf = await page.request.get(href);
  assert(pdf.ok(), `the receipt downloads (${pdf.status()})`);
  assert((pdf.headers()["content-type"] ?? "").includes("application/pdf"), "the receipt is a PDF");
  assert((await pdf.body()).subarray(0, 5).toString() === "%PDF-", "the receipt starts like a PDF");
};

export default journey;
