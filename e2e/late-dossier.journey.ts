// A dossier received at the commune's counter runs past its appointment (the server's clock moves
// on): the handling officer sees the bell and the late list and drafts the explanation; the head
// reviews the drafted Form 04 and signs it; the citizen sees the new date and downloads the
// apology from /tra-cuu; the compliance report counts the dossier explained and apologised.
import { readFile } from "node:fs/promises";
import { assert, type Journey, see } from "./harness.ts";
import { BIRTH, BIRTH_FORM_DATA } from "./steps.ts";

const HOUR = 3_600_000;
/** An instant as <input type="datetime-local"> wants it, in Vietnam time. */
const vnLocal = (ms: number) => new Date(ms + 7 * HOUR).toISOString().slice(0, 16);

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  // The counter receives a birth registration (through the API, as in the counter journey).
  const counter = await newPage({ user: seed.users["tiepnhan.xa"] });
  const me = await (await counter.request.get("/api/auth/me")).json();
  const res = await counter.request.post("/api/dossiers", {
    headers: { "x-csrf-token": me.csrfToken },
    data: {
      procedure: BIRTH.code,
      agency: `${seed.codes.province}.101`,
      channel: 1,
      applicant: { name: "Phạm Thị Hoa", idNumber: "079300000002", phone: "0903000002" },
      components: [
        { name: "Tờ khai đăng ký khai sinh" },
        { name: "Giấy chứng sinh hoặc văn bản của người làm chứng" },
      ],
      formData: {
        hoTen: "Phạm Thị Hoa",
        soDinhDanh: "079300000002",
        hoTenTre: "Phạm Minh Anh",
        ngaySinhTre: "2026-03-02",
        gioiTinh: "Nữ",
        ...BIRTH_FORM_DATA,
      },
      decision: { action: "receive" },
    },
  });
  assert(res.ok(), `the counter receives a dossier (${res.status()} ${await res.text()})`);
  const received = await res.json();
  const code: string = received.dossier.code;
  const secret: string = received.secret;
  const dueAt = Date.parse(received.dossier.dueAt);

  // The appointment passes: the server's clock moves two hours beyond it.
  const now = Date.parse(received.dossier.receivedAt); // the server's clock at receipt
  const jump = Math.max(0, dueAt - now) + 2 * HOUR;
  seed.advance(jump);
  const serverNowAfter = now + jump;

  // The handling officer: the bell counts the warning, the late list shows the dossier.
  const handler = await newPage({ user: seed.users["xuly.xa"] });
  // The warning sweep runs every minute of the server's clock: wait for the dossier's notice.
  const deadline = Date.now() + 20_000;
  const noticed = async () => {
    const r = await handler.request.get("/api/notifications");
    const list = ((await r.json()).notifications ?? []) as { dossierCode: string }[];
    return list.some((n) => n.dossierCode === code);
  };
  while (!(await noticed())) {
    assert(Date.now() < deadline, `a notification about ${code} arrives`);
    await handler.waitForTimeout(500);
  }
  await handler.goto("/");
  const bell = handler.getByRole("button", { name: /^Thông báo/ });
  await bell.click();
  await see(handler, code);
  await screenshot("late-notifications", handler);
  await handler.keyboard.press("Escape");
  await handler
    .getByRole("navigation")
    .getByRole("link", { name: "Hồ sơ trễ hạn", exact: true })
    .click();
  await handler.getByRole("link", { name: code }).first().waitFor();
  await see(handler, "Chưa giải trình");
  await screenshot("late-list-officer", handler);

  // …drafts the explanation on the dossier page.
  await handler.getByRole("link", { name: code }).first().click();
  await see(handler, "Hồ sơ đã quá hạn giải quyết.");
  await handler.getByRole("button", { name: "Lập báo cáo giải trình" }).click();
  await handler
    .getByLabel("Lý do trễ hạn")
    .fill("Cần xác minh thông tin nơi sinh với Trạm y tế xã, chưa nhận được văn bản trả lời.");
  await handler.getByLabel("Người chịu trách nhiệm").fill("Trương Thị Kim Ngân");
  const proposed = vnLocal(serverNowAfter + 3 * 24 * HOUR).slice(0, 10);
  // Typed the Vietnamese way: dd/mm/yyyy hh:mm.
  const [py, pm, pd] = proposed.split("-");
  await handler.getByLabel("Ngày hẹn mới đề xuất").fill(`${pd}/${pm}/${py} 16:00`);
  await screenshot("late-explanation-form", handler);
  await handler.getByRole("button", { name: "Lưu giải trình và lập dự thảo Mẫu 04" }).click();
  await see(handler, "Đã lưu báo cáo giải trình");
  await see(handler, "Đã giải trình, chờ ký");
  await screenshot("late-explanation-drafted", handler);

  // The head: the explanation waits for the signature; the drafted Form 04 opens; sign.
  const head = await newPage({ user: seed.users["lanhdao.xa"] });
  await head.goto("/ho-so-tre-han");
  await see(head, "Chờ thủ trưởng ký (1)");
  await screenshot("late-pending-head", head);
  const draft = await head.request.get(`/api/dossiers/${encodeURIComponent(code)}/late/form04.pdf`);
  assert(
    draft.ok() && draft.headers()["content-type"] === "application/pdf",
    `the drafted Form 04 is a PDF (${draft.status()})`,
  );
  await head.getByRole("link", { name: code }).first().click();
  await head.getByRole("button", { name: "Phê duyệt, ký văn bản xin lỗi" }).click();
  await see(head, /đề xuất hẹn mới/);
  await screenshot("late-sign-form", head);
  await head.getByRole("button", { name: "Phê duyệt và ký số" }).click();
  await see(head, "Đã ký văn bản xin lỗi (Mẫu 04).");
  await see(head, "Đã xin lỗi, hẹn lại");
  const signedHref = await head
    .getByRole("link", { name: "Tải văn bản xin lỗi đã ký (Mẫu 04, PDF)" })
    .getAttribute("href");
  const signed = await head.request.get(signedHref!);
  assert(signed.ok() && (await signed.body()).subarray(0, 5).toString() === "%PDF-", "signed PDF");
  await screenshot("late-signed", head);

  // The citizen: the new appointment and the apology on /tra-cuu.
  const citizen = await newPage();
  await citizen.goto("/tra-cuu");
  await citizen.getByLabel("Mã hồ sơ").fill(code);
  await citizen.getByLabel("Mã tra cứu").fill(secret);
  await citizen.getByRole("button", { name: "Tra cứu" }).click();
  await see(citizen, "Ngày hẹn trả mới (đã gia hạn)");
  const [dd, mm, yyyy] = [proposed.slice(8, 10), proposed.slice(5, 7), proposed.slice(0, 4)];
  await see(citizen, `${dd}/${mm}/${yyyy}`);
  // The look-up secret goes in the request body, so the apology is a button that saves a file.
  const [download] = await Promise.all([
    citizen.waitForEvent("download"),
    citizen.getByRole("button", { name: "Tải văn bản xin lỗi (PDF)" }).click(),
  ]);
  const saved = await readFile((await download.path())!);
  assert(
    saved.subarray(0, 5).toString() === "%PDF-" && download.suggestedFilename().endsWith(".pdf"),
    `the apology downloads as a PDF (${download.suggestedFilename()})`,
  );
  await screenshot("late-lookup-apology", citizen);

  // The compliance report: the dossier is explained and apologised for; Excel downloads.
  await head.goto("/ho-so-tre-han/bao-cao");
  const row = head.locator("tr", { has: head.getByRole("link", { name: code }) });
  await row.waitFor();
  assert(
    ((await row.textContent()) ?? "").includes("Đã xin lỗi, hẹn lại"),
    "the compliance report shows the dossier apologised",
  );
  assert(
    /(sau hẹn trả|quá hẹn trả|Yêu cầu bổ sung \d+ lần)/.test((await row.textContent()) ?? ""),
    "the compliance report says why the dossier counts as late",
  );
  const xlsx = await head.request.get(
    (await head.getByRole("link", { name: "Tải Excel" }).getAttribute("href"))!,
  );
  assert(xlsx.ok() && (await xlsx.body()).subarray(0, 2).toString() === "PK", "Excel downloads");
  await screenshot("late-compliance", head);

  // The dossier page shows the new appointment to the officer as well.
  await handler.goto(`/ho-so/${code}`);
  await see(handler, "Ngày hẹn trả mới");
};

export default journey;
