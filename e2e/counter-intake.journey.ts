// A counter officer of the provincial centre receives a commune procedure for the competent
// commune: finds the procedure without accents, records the applicant, ticks the components,
// receives, and prints the receipt (Form 01, a PDF) with its register number; the unit's register
// (Form 07) then lists the dossier, as PDF and as Excel, from the work queue page.
import { pdfText } from "../server/modules/documents/forms/pdf-text.test-util.ts";
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
  const receipt = pdfText(await pdf.body()).replace(/\s+/g, " ");
  assert(
    /Quyển số: 01\/\d{4}, Số thứ tự: \d+/.test(receipt),
    "the receipt prints the register book and entry number",
  );
  const code = (
    await page
      .getByText(/H58\.99-\d{6}-\d{4}/)
      .first()
      .textContent()
  )?.match(/H58\.99-\d{6}-\d{4}/)?.[0];
  assert(!!code, "the received dossier's code is shown");

  // The unit's register (Form 07) for this month, from the work queue page.
  await page.goto("/ho-so");
  await see(page, "Sổ theo dõi hồ sơ (Mẫu 07)");
  await screenshot("register");
  const bookHref = await page.getByRole("link", { name: "Tải sổ (PDF)" }).getAttribute("href");
  const book = await page.request.get(bookHref ?? "");
  assert(book.ok(), `the register downloads (${book.status()})`);
  const bookText = pdfText(await book.body()).replace(/[-\s]/g, "");
  assert(bookText.includes(code!.replace(/-/g, "")), `the register lists ${code}`);
  const xlsxHref = await page.getByRole("link", { name: "Tải sổ (Excel)" }).getAttribute("href");
  const xlsx = await page.request.get(xlsxHref ?? "");
  assert(xlsx.ok() && (await xlsx.body()).subarray(0, 2).toString() === "PK", "Excel downloads");
};

export default journey;
