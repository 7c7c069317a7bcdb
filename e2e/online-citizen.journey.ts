// The citizen's online journey: sign-in with VNeID (a real OpenID Connect provider) → an online
// dossier prefilled from the identity, with its scans uploaded → the commune's counter sees the
// files and the e-form data and receives it → the citizen pays the fee through the payment
// gateway (simulator: redirect, signed return and callback) → the notice arrives by e-mail at the
// province's SMTP relay (a real SMTP server) → the officials issue the signed result → the citizen
// downloads it from "Hồ sơ của tôi" and from the look-up page.
import { PDFDocument, StandardFonts } from "pdf-lib";
import type { Page } from "playwright-core";
import { assert, type Journey, see } from "./harness.ts";
import { act, COMMUNE } from "./steps.ts";

/** Cấp Giấy xác nhận tình trạng hôn nhân: a commune procedure with a fee, fully online. */
const MARITAL = { code: "1.004873", fee: "15.000 đ" };
/** A synthetic citizen of the demo identity provider. */
const CITIZEN = {
  personalId: "087190000001",
  password: "vneid-demo-2026",
  name: "Nguyễn Văn An",
  email: "an.nguyen@congdan.example.vn",
};

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const started = performance.now();
  const citizen = await newPage();
  await citizen.goto(`/nop-truc-tuyen/${MARITAL.code}`);
  await citizen.getByRole("link", { name: "Đăng nhập bằng VNeID" }).click();
  // The identity provider's own sign-in page, on its own origin.
  await citizen.getByLabel("Số định danh cá nhân").fill(CITIZEN.personalId);
  await citizen.getByLabel("Mật khẩu").fill(CITIZEN.password);
  await citizen.getByRole("button", { name: "Đăng nhập" }).click();
  // Back on the submission page, verified, with the applicant taken from the identity.
  await citizen.waitForURL(`**/nop-truc-tuyen/${MARITAL.code}`);
  await citizen.getByTestId("vneid-verified").waitFor();
  await see(citizen, CITIZEN.name);
  const applicantField = (label: string) =>
    citizen.getByRole("region", { name: "Người nộp hồ sơ" }).getByLabel(label, { exact: true });
  assert(
    (await applicantField("Họ và tên").inputValue()) === CITIZEN.name,
    "the applicant's name comes from VNeID",
  );
  assert(
    (await applicantField("Số định danh cá nhân").inputValue()) === CITIZEN.personalId,
    "the personal ID comes from VNeID",
  );
  assert(
    (await applicantField("Thư điện tử").inputValue()) === CITIZEN.email,
    "the e-mail address comes from VNeID",
  );
  // The e-form, prefilled from the identity where it asks for the person's own details.
  const form = citizen.getByRole("region", { name: "Tờ khai điện tử" });
  assert(
    (await form.getByLabel("Ngày, tháng, năm sinh", { exact: true }).inputValue()) === "12/04/1990",
    "the date of birth comes from VNeID",
  );
  await form.getByLabel("Quan hệ với người được cấp giấy xác nhận").fill("Bản thân");
  await form.getByLabel("Họ, chữ đệm và tên người được cấp").fill(CITIZEN.name);
  await form.getByLabel("Dân tộc").fill("Kinh");
  await form.getByLabel("Quốc tịch").fill("Việt Nam");
  await form.getByLabel("Tình trạng hôn nhân").selectOption("Chưa đăng ký kết hôn với ai");
  await form.getByLabel("Mục đích sử dụng Giấy xác nhận").fill("Để đăng ký kết hôn");
  await citizen.getByLabel("Cơ quan giải quyết").selectOption({ label: COMMUNE });
  // The signed declaration as a PDF and a photo of the ID card as a PNG, checked by content.
  const upload = citizen.getByLabel(/^Tờ khai cấp Giấy xác nhận tình trạng hôn nhân/);
  await upload.setInputFiles([
    { name: "to-khai.pdf", mimeType: "application/pdf", buffer: await declarationPdf() },
    { name: "cccd.png", mimeType: "image/png", buffer: PNG },
  ]);
  await citizen.getByText("to-khai.pdf").waitFor();
  await citizen.getByText("cccd.png").waitFor();
  await citizen.getByLabel("Tôi cam đoan thông tin khai là đúng sự thật.").check();
  await screenshot("citizen-online-form", citizen);
  await citizen.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await see(citizen, "Đã nộp hồ sơ");
  const [code, secret] = (await citizen.locator(".big-code").allTextContents()).map((s) =>
    s.trim(),
  );
  assert(/^H58\.101-\d{6}-\d{4}$/.test(code), `a dossier code of the commune (${code})`);
  assert(secret && secret !== code, "a look-up secret beside the code");
  // The confirmation keeps both codes, the expected appointment and what happens next, through a
  // reload; its address holds the dossier code, never the secret.
  assert(
    new URL(citizen.url()).pathname === `/nop-truc-tuyen/da-nop/${code}`,
    `the confirmation's address names the dossier (${citizen.url()})`,
  );
  assert(!citizen.url().includes(secret), "the look-up secret stays out of the address");
  const due = (await citizen.getByTestId("expected-due").textContent()) ?? "";
  assert(/\d{2}\/\d{2}\/\d{4}/.test(due), `an expected appointment (${due})`);
  await see(citizen, "Các bước tiếp theo");
  await screenshot("citizen-online-submitted", citizen);
  await citizen.reload();
  await see(citizen, "Các bước tiếp theo");
  const again = (await citizen.locator(".big-code").allTextContents()).map((x) => x.trim());
  assert(again[0] === code && again[1] === secret, "both codes survive a reload");
  assert(
    (await citizen.getByTestId("expected-due").textContent()) === due,
    "the appointment survives a reload",
  );

  // The fee, through the payment gateway: redirect to the gateway, pay, come back.
  await citizen.getByRole("link", { name: "Nộp phí, lệ phí trực tuyến" }).click();
  await see(citizen, MARITAL.fee);
  await citizen
    .getByRole("region", { name: "Thanh toán qua cổng thanh toán" })
    .getByLabel("Mã tra cứu")
    .fill(secret);
  await citizen.getByRole("button", { name: `Thanh toán ${MARITAL.fee}` }).click();
  await see(citizen, "Cổng thanh toán (mô phỏng)");
  await see(citizen, "15.000 đ");
  await citizen.getByRole("button", { name: "Thanh toán", exact: true }).click();
  await citizen.waitForURL(/\/thanh-toan\/ket-qua\?/);
  await citizen.getByTestId("pay-result").getByText(code).waitFor();
  await screenshot("citizen-paid", citizen);
  const journeyToPaid = (performance.now() - started) / 1000;
  console.log(`    VNeID sign-in to a paid online dossier: ${journeyToPaid.toFixed(1)} s`);

  // The commune's counter opens it: the uploaded files and the e-form data are on the page.
  const counter = await newPage({ user: seed.users["tiepnhan.xa"] });
  await counter.goto(`/ho-so/${code}`);
  await see(counter, `Hồ sơ ${code}`);
  const files = counter.getByRole("region", { name: "Tệp đính kèm của hồ sơ" });
  await files.getByText("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân").waitFor();
  for (const n of [1, 2]) {
    await files.getByRole("button", { name: `Xem tệp ${n}` }).click();
    const frame = files.locator("iframe");
    const src = (await frame.getAttribute("src")) ?? "";
    const res = await counter.request.get(new URL(src, counter.url()).toString());
    assert(res.status() === 200, `the officer opens file ${n} (${res.status()})`);
    const type = res.headers()["content-type"] ?? "";
    assert(
      /^(application\/pdf|image\/png)/.test(type),
      `file ${n} opens as PDF or image (${type})`,
    );
  }
  const eform = counter.getByTestId("eform-data");
  await eform.getByText("Để đăng ký kết hôn").waitFor();
  await eform.getByText("Chưa đăng ký kết hôn với ai").waitFor();
  // The identity was verified by VNeID and the fee is paid: nothing to check again at the counter.
  await see(counter, "Đã xác thực định danh điện tử VNeID");
  await counter.getByTestId("dossier-fees").getByText("Đã thanh toán trực tuyến").waitFor();
  await screenshot("counter-online-dossier", counter);
  // Reception hands the dossier to the commune's handling officer, picked from the server's list.
  await act(counter, code, "Tiếp nhận", (p) => pick(p, "Trương Thị Kim Ngân"));

  // The "received" notice reaches the relay: to the citizen, with the code and the look-up secret.
  const mail = await waitForMail(seed, CITIZEN.email, `Đã tiếp nhận hồ sơ ${code}`);
  assert(mail.raw.includes(secret), "the e-mail carries the look-up secret");

  // Handling: the handler forwards, the leader approves and issues the signed result.
  await act(await newPage({ user: seed.users["xuly.xa"] }), code, "Chuyển bước tiếp theo", (p) =>
    pick(p, "Ngô Văn Thắng"),
  );
  const leader = await newPage({ user: seed.users["lanhdao.xa"] });
  await act(leader, code, "Phê duyệt");
  await act(leader, code, "Ban hành kết quả", async (p) => {
    await p.getByLabel("Số, ký hiệu văn bản kết quả").fill("27/XNTTHN");
    await p.getByLabel("Văn bản kết quả (PDF)").setInputFiles({
      name: "27-XNTTHN.pdf",
      mimeType: "application/pdf",
      buffer: await declarationPdf("Giay xac nhan tinh trang hon nhan 27/XNTTHN"),
    });
    await see(p, /Đã ký số bởi/);
  });
  await waitForMail(seed, CITIZEN.email, `Hồ sơ ${code} đã có kết quả`);

  // The citizen downloads the signed result from "Hồ sơ của tôi"…
  await citizen.goto("/ho-so-cua-toi");
  const row = citizen.getByRole("row").filter({ hasText: code });
  await row.getByText("Đã thanh toán trực tuyến").waitFor();
  const mine = await download(citizen, () =>
    row.getByRole("link", { name: "Tải kết quả (PDF đã ký số)" }).click(),
  );
  assert(signed(mine), "the result from “Hồ sơ của tôi” is a signed PDF");
  await screenshot("citizen-my-dossiers", citizen);
  // …and, like anyone holding the receipt, from the look-up page with the code and the secret.
  const visitor = await newPage();
  await visitor.goto("/tra-cuu");
  await visitor.getByLabel("Mã hồ sơ").fill(code);
  await visitor.getByLabel("Mã tra cứu").fill(secret);
  await visitor.getByRole("button", { name: "Tra cứu" }).click();
  const looked = await download(visitor, () =>
    visitor.getByRole("button", { name: "Tải kết quả", exact: true }).click(),
  );
  assert(signed(looked), "the result from the look-up page is a signed PDF");
  assert(!visitor.url().includes(secret), "the look-up secret stays out of the address");
};

export default journey;

async function waitForMail(
  seed: { mailbox: () => readonly { to: string[]; raw: string }[] },
  to: string,
  subject: string,
) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const m = seed.mailbox().find((x) => x.to.includes(to) && decodedSubject(x.raw) === subject);
    if (m) return m;
    await new Promise((r) => setTimeout(r, 200));
  }
  const got = seed.mailbox().map((x) => `${x.to.join(",")}: ${decodedSubject(x.raw)}`);
  throw new Error(`no e-mail "${subject}" to ${to}; the relay received: ${got.join(" | ")}`);
}

/** The Subject header, decoded from RFC 2047 encoded words. */
function decodedSubject(raw: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ");
  const line = /^Subject: (.*)$/im.exec(head)?.[1] ?? "";
  return line
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === "b"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9a-f]{2})/gi, (_m, h: string) =>
                String.fromCharCode(Number.parseInt(h, 16)),
              ),
            "latin1",
          ).toString("utf8"),
    )
    .trim();
}

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent("download"), click()]);
  const stream = await d.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const signed = (pdf: Buffer) =>
  pdf.subarray(0, 5).toString() === "%PDF-" && pdf.includes("/ByteRange") && pdf.includes("/Sig");

async function declarationPdf(text = "To khai cap Giay xac nhan tinh trang hon nhan") {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(text, { x: 72, y: 760, size: 14, font });
  return Buffer.from(await doc.save());
}

/** A 1×1 PNG (a real image, as the store checks types by content). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** Picks the next step's officer from the list the server gives. */
async function pick(p: Page, name: string) {
  const select = p.getByLabel("Chuyển cho");
  await select.locator("option", { hasText: name }).waitFor({ state: "attached" });
  await select.selectOption({ label: name });
}
