// A counter officer of the provincial centre receives a commune procedure for the competent
// commune: finds the procedure without accents, records the applicant, ticks the components,
// picks the commune's handling officer who takes the first step from the unit's list, receives,
// and prints the receipt (Form 01, a PDF) with its register number; the unit's register
// (Form 07) then lists the dossier, as PDF and as Excel, from the work queue page. The officer's
// browser is set to en-US: dates are still typed and read as dd/mm/yyyy, times on the 24-hour
// clock. Then an organisation files with an incomplete e-form: the form asks for the
// organisation's name, tax code and legal representative, and the officer can still ask for the
// dossier to be completed (Form 02).
import { pdfText } from "../server/modules/documents/forms/pdf-text.test-util.ts";
import { assert, type Journey, see } from "./harness.ts";
import { BIRTH, COMMUNE, fillBirthApplicant } from "./steps.ts";

const HANDLER = "Trương Thị Kim Ngân"; // xuly.xa, handling officer of the commune

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const page = await newPage({ user: seed.users.tiepnhan, locale: "en-US" });
  await page.goto("/");
  assert(
    (await page.evaluate(() => navigator.language)) === "en-US",
    "the browser runs in the en-US locale",
  );
  await page
    .getByRole("navigation")
    .getByRole("link", { name: "Tiếp nhận hồ sơ", exact: true })
    .click();
  await page.getByLabel("Tìm thủ tục theo tên hoặc mã").fill("khai sinh");
  await page.getByRole("button", { name: `Chọn: ${BIRTH.name}`, exact: true }).click();
  await page.getByLabel("Cơ quan giải quyết").selectOption({ label: COMMUNE });
  await fillBirthApplicant(page);
  // The applicant's details from the national population database by the 12-digit personal ID:
  // no residence paper to ask for, and the dossier is marked as reusing that data.
  await page.getByLabel("Số định danh cá nhân", { exact: true }).fill("087195000002");
  await page.getByRole("button", { name: "Lấy thông tin từ CSDL quốc gia về dân cư" }).click();
  await see(page, "Đã lấy từ CSDL quốc gia về dân cư");
  assert(
    (await page.getByLabel("Họ và tên", { exact: true }).inputValue()) === "Trần Thị Bích",
    "the name comes from the population database",
  );
  assert(
    (await page.getByLabel("Địa chỉ", { exact: true }).inputValue()).includes("Ấp Tân Hòa"),
    "the address comes from the population database",
  );
  // The applicant wants to hear by SMS and Zalo.
  await page.getByLabel("Báo qua tin nhắn SMS", { exact: true }).check();
  await page.getByLabel("Báo qua Zalo", { exact: true }).check();
  // The birth date was typed day first and stays so, whatever the browser's locale.
  const born = page.getByLabel("Ngày, tháng, năm sinh của trẻ");
  assert((await born.getAttribute("type")) === "text", "no native date input follows the locale");
  await born.blur();
  assert((await born.inputValue()) === "01/03/2026", "the birth date reads 01/03/2026");
  // Receiving is refused while a required component is missing.
  const receive = page.getByRole("button", { name: "Tiếp nhận hồ sơ", exact: true });
  assert(await receive.isDisabled(), "cannot receive an incomplete dossier");
  await see(page, "Còn thiếu 2 thành phần bắt buộc");
  await page.getByRole("checkbox", { name: "Đã nộp Tờ khai đăng ký khai sinh" }).check();
  await page.getByRole("checkbox", { name: /^Đã số hóa Giấy chứng sinh/ }).check();
  await see(page, "Đủ thành phần bắt buộc.");
  // The first handling step goes to a person of the competent commune, picked from its list.
  const pick = page.getByLabel("Chuyển cho");
  await pick.locator("option", { hasText: HANDLER }).waitFor({ state: "attached" });
  const offered = (await pick.locator("option").allTextContents()).slice(1);
  assert(
    JSON.stringify(offered) === JSON.stringify([HANDLER]),
    `the pick-list offers the commune's handler only (got ${offered.join(", ")})`,
  );
  await pick.selectOption({ label: HANDLER });
  await screenshot("intake-form");
  await receive.click();
  await see(page, /Đã tiếp nhận hồ sơ H58\.99-\d{6}-\d{4}\./);
  // The appointment reads dd/mm/yyyy hh:mm on the 24-hour clock, not 3/4/2026, 4:00 PM.
  const due = (await page.getByText(/^Ngày hẹn trả kết quả:/).textContent()) ?? "";
  assert(
    /(\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}|\d{2}\/\d{2}\/\d{4},? \d{2}:\d{2})$/.test(due.trim()) &&
      !/AM|PM|SA|CH/.test(due),
    `the appointment reads in the Vietnamese format (${due})`,
  );
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

  // The dossier shows the e-form's date the Vietnamese way.
  await page.getByRole("link", { name: "Mở hồ sơ" }).click();
  await see(page, "01/03/2026");
  await see(page, "Đã đối chiếu Cơ sở dữ liệu quốc gia về dân cư");
  // The residence paper is not asked for: it is recorded as taken from the population database.
  const residence = page.locator(".component-list li", {
    hasText: "Giấy tờ chứng minh thông tin về cư trú",
  });
  await residence.getByText("Khai thác từ CSDL quốc gia về dân cư").waitFor();
  // The "received" notice reached the SMS gateway (without accents) and the Zalo account.
  const texts = await received(seed, code!);
  assert(
    texts.some((m) => m.channel === "sms" && m.text.includes("da duoc tiep nhan")),
    "the SMS gateway received the notice",
  );
  assert(
    texts.some((m) => m.channel === "zalo" && m.text.includes("đã được tiếp nhận")),
    "the Zalo account received the notice",
  );

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
  // An organisation, with its e-form left empty: asked to complete, not blocked.
  await page.goto("/tiep-nhan");
  await page.getByLabel("Tìm thủ tục theo tên hoặc mã").fill("cong ty TNHH mot thanh vien");
  await page
    .getByRole("button", { name: "Chọn: Đăng ký thành lập công ty TNHH một thành viên" })
    .click();
  await page.getByLabel("Loại người nộp").selectOption("organisation");
  await page.getByLabel("Tên tổ chức", { exact: true }).fill("Công ty TNHH Thương mại Sa Đéc");
  await page.getByLabel("Mã số doanh nghiệp/Mã số thuế", { exact: true }).fill("1400123456");
  await page.getByLabel("Người đại diện theo pháp luật", { exact: true }).fill("Nguyễn Văn Khoa");
  await page
    .getByLabel("Địa chỉ trụ sở chính", { exact: true })
    .fill("Số 12 đường Hùng Vương, phường Sa Đéc");
  await page.getByLabel("Yêu cầu bổ sung, hoàn thiện (Mẫu 02)").check();
  await screenshot("intake-organisation");
  await page.getByRole("button", { name: "Yêu cầu bổ sung, hoàn thiện (Mẫu 02)" }).click();
  await see(page, /Đã lập Phiếu yêu cầu bổ sung, hoàn thiện cho hồ sơ/);

  // The officer picked at reception finds the birth dossier in "Hồ sơ của tôi" on the home page.
  const handler = await newPage({ user: seed.users["xuly.xa"] });
  await handler.goto("/");
  await handler
    .getByRole("region", { name: /^Hồ sơ của tôi/ })
    .getByRole("link", { name: code! })
    .waitFor();
  await screenshot("intake-handler-inbox", handler);
};

export default journey;

/** The SMS and Zalo messages about a dossier, once both have arrived (the outbox sends them). */
async function received(seed: Parameters<Journey>[0]["seed"], code: string) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const got = seed.texts().filter((m) => m.text.includes(code));
    if (["sms", "zalo"].every((ch) => got.some((m) => m.channel === ch))) return got;
    if (Date.now() > deadline)
      throw new Error(`no SMS and Zalo notice of ${code}: ${JSON.stringify(got)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
