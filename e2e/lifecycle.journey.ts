// A citizen submits online → the commune's counter receives and hands it to a handling officer
// picked from the list the server gives → the officer finds it in "Hồ sơ của tôi" and hands it to
// the leader, picked the same way → the leader approves and issues the result → the counter
// returns it → the citizen looks it up and evaluates the handling.
// An officer of another commune cannot open the dossier.
import type { Page } from "playwright-core";
import { assert, type Journey, see } from "./harness.ts";
import { act, BIRTH, COMMUNE, fillBirthApplicant, onePagePdf } from "./steps.ts";

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  // Citizen, not signed in, in a browser set to en-US: the look-up still reads the Vietnamese way.
  const citizen = await newPage({ locale: "en-US" });
  await citizen.goto(`/thu-tuc/${BIRTH.code}`);
  await citizen.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
  await fillBirthApplicant(citizen);
  // The citizen also wants the result in their personal data store on the national portal.
  await citizen.getByLabel(/^Nhận kết quả điện tử vào Kho dữ liệu cá nhân/).check();
  // And the paper result by the public postal service, at the address given.
  await citizen.getByLabel(/^Nhận kết quả qua dịch vụ bưu chính công ích/).check();
  await citizen.getByLabel("Cơ quan giải quyết").selectOption({ label: COMMUNE });
  // Each component's scan is uploaded (checked by content on the server) before submitting.
  for (const [label, name] of [
    [/^Tờ khai đăng ký khai sinh/, "to-khai.pdf"],
    [/^Giấy chứng sinh/, "giay-chung-sinh.pdf"],
  ] as const) {
    await citizen.getByLabel(label).setInputFiles({
      name,
      mimeType: "application/pdf",
      buffer: await resultPdf(),
    });
    await citizen.getByText(name).waitFor();
  }
  await citizen.getByLabel("Tôi cam đoan thông tin khai là đúng sự thật.").check();
  await screenshot("online-form", citizen);
  await citizen.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await see(citizen, "Đã nộp hồ sơ");
  const codes = await citizen.locator(".big-code").allTextContents();
  const [code, secret] = codes.map((s) => s.trim());
  assert(/^H58\.101-\d{6}-\d{4}$/.test(code), `a dossier code of the commune (${code})`);
  await screenshot("online-submitted", citizen);

  // The commune's counter receives it.
  const counter = await newPage({ user: seed.users["tiepnhan.xa"] });
  // Its home page holds the online tray with a count; the new dossier is in it.
  await counter.goto("/");
  await see(counter, /Hồ sơ trực tuyến chờ tiếp nhận \(\d+\)/);
  await counter.getByRole("link", { name: code }).waitFor();
  await screenshot("online-tray", counter);
  // Reception hands the dossier to a handling officer of the commune, picked from the list.
  await act(counter, code, "Tiếp nhận", async (p) => {
    await pickOnly(p, [HANDLER]);
    await p.getByLabel("Chuyển cho").selectOption({ label: HANDLER });
  });

  // The handling officer finds it in "Hồ sơ của tôi" on the home page and in the queue.
  const handler = await newPage({ user: seed.users["xuly.xa"] });
  await handler.goto("/");
  const inbox = handler.getByRole("region", { name: /^Hồ sơ của tôi/ });
  await see(handler, /Hồ sơ của tôi \(\d+\)/);
  await inbox.getByRole("link", { name: code }).waitFor();
  await screenshot("my-inbox", handler);
  await handler.goto("/ho-so");
  await handler.getByRole("link", { name: code }).waitFor();
  await screenshot("work-queue", handler);
  await handler.getByRole("link", { name: code }).click();
  await see(handler, "Quá trình xử lý (Phiếu kiểm soát)");
  // The server-given actions: the handler is offered no approval and no issuing of the result.
  await handler.getByRole("button", { name: "Chuyển bước tiếp theo", exact: true }).waitFor();
  for (const other of ["Phê duyệt", "Ban hành kết quả", "Tiếp nhận"])
    assert(
      (await handler.getByRole("button", { name: other, exact: true }).count()) === 0,
      `the handler is not offered "${other}"`,
    );
  // The handler attaches the draft result for the leader.
  await handler.getByLabel(/Đính kèm dự thảo kết quả/).setInputFiles({
    name: "du-thao.pdf",
    mimeType: "application/pdf",
    buffer: await resultPdf(),
  });
  await handler.getByRole("link", { name: "Dự thảo kết quả" }).waitFor();
  // The handler picks the commune's leader from the list (only the commune's leaders are on it).
  await act(handler, code, "Chuyển bước tiếp theo", async (p) => {
    await p.getByLabel("Ghi chú").fill("Hồ sơ hợp lệ, trình lãnh đạo ký.");
    await pickOnly(p, [LEADER]);
    await p.getByLabel("Chuyển cho").selectOption({ label: LEADER });
  });
  await screenshot("dossier-handled", handler);
  // The control sheet on the page names who took each step.
  const sheet = handler.locator("tr", { hasText: "Phê duyệt" }).first();
  await sheet.getByText(LEADER).waitFor();
  await handler.locator("tr", { hasText: "Thẩm định" }).first().getByText(HANDLER).waitFor();
  // It has left the handler's inbox.
  await handler.goto("/");
  await see(handler, /Hồ sơ của tôi \(\d+\)/);
  assert(
    (await handler
      .getByRole("region", { name: /^Hồ sơ của tôi/ })
      .getByRole("link", { name: code })
      .count()) === 0,
    "the handed-over dossier leaves the handler's inbox",
  );

  // The leader finds it in "Hồ sơ của tôi", approves and issues the signed result.
  const leader = await newPage({ user: seed.users["lanhdao.xa"] });
  await leader.goto("/");
  await leader
    .getByRole("region", { name: /^Hồ sơ của tôi/ })
    .getByRole("link", { name: code })
    .waitFor();
  await leader.goto("/phe-duyet");
  await leader.getByRole("link", { name: code }).click();
  // The leader reads the draft result before approving.
  const draft = leader.getByRole("link", { name: "Dự thảo kết quả" });
  const draftHref = (await draft.getAttribute("href")) ?? "";
  const draftPdf = await leader.request.get(new URL(draftHref, leader.url()).toString());
  assert(draftPdf.status() === 200, `the leader opens the draft result (${draftPdf.status()})`);
  await act(leader, code, "Phê duyệt");
  await act(leader, code, "Ban hành kết quả", async (p) => {
    await p.getByLabel("Số, ký hiệu văn bản kết quả").fill("15/TLKS");
    await p.getByLabel("Văn bản kết quả (PDF)").setInputFiles({
      name: "15-TLKS.pdf",
      mimeType: "application/pdf",
      buffer: await resultPdf(),
    });
    await see(p, /Đã ký số bởi/);
    const link = p.getByRole("link", { name: "Xem văn bản đã ký" });
    const href = (await link.getAttribute("href")) ?? "";
    assert(/\/result-file\/[0-9a-f]{64}$/.test(href), `a link to the signed result (${href})`);
    const signed = await p.request.get(new URL(href, p.url()).toString());
    assert(signed.status() === 200, `the signed result downloads (${signed.status()})`);
    assert(
      (await signed.body()).includes("/ByteRange"),
      "the downloaded result carries a signature",
    );
  });
  await screenshot("dossier-leader", leader);
  // The issued, signed result is linked on the dossier.
  await leader.goto(`/ho-so/${code}`);
  await see(leader, /Đã ban hành, số 15\/TLKS/);
  // Pushed to the store (its simulator); the page says so once the store confirms it.
  await see(leader, "Kho đã xác nhận", 20_000);
  await see(leader, /Số biên nhận: KDL-/);
  await see(leader, /Mã vận đơn: EB\d{9}VN/);

  // The counter returns the result; the citizen sees it with the look-up code.
  await act(counter, code, "Trả kết quả");
  await citizen.goto("/tra-cuu");
  await citizen.getByLabel("Mã hồ sơ").fill(code);
  await citizen.getByLabel("Mã tra cứu").fill(secret);
  await citizen.getByRole("button", { name: "Tra cứu" }).click();
  await see(citizen, "Đã trả kết quả");
  // The agency handling it, the steps in plain words with their Vietnam-time instants, the result.
  const facts = citizen.locator('section[aria-labelledby="lookup-result-h"] dl.facts');
  assert(
    (await facts.textContent())?.includes(`Cơ quan giải quyết${COMMUNE}`),
    "the look-up names the agency handling the dossier",
  );
  const steps = citizen.getByRole("list", { name: "Các bước đã thực hiện" });
  const lines = (await steps.getByRole("listitem").allTextContents()).map((l) => l.trim());
  for (const [i, words] of [
    "Bạn đã nộp hồ sơ",
    "Bộ phận Một cửa đã tiếp nhận hồ sơ và hẹn ngày trả kết quả",
    "Cán bộ chuyên môn đã xem xét, xử lý hồ sơ",
    "Đã có kết quả giải quyết",
    "Đã trả kết quả cho bạn",
  ].entries())
    assert(
      lines.some((l) => l.endsWith(`— ${words}`)),
      `step ${i + 1} reads "${words}" (${lines.join(" | ")})`,
    );
  for (const l of lines)
    assert(
      /^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4} — /.test(l),
      `each step carries its time as hh:mm dd/mm/yyyy on the 24-hour clock (${l})`,
    );
  await citizen.getByRole("button", { name: "Tải kết quả" }).waitFor();
  await screenshot("lookup-returned", citizen);

  // …and evaluates the handling: 9 criteria, satisfaction, like.
  await see(citizen, "Đánh giá việc giải quyết hồ sơ");
  // Asked in a citizen's words; each answer counts for one of the nine criteria.
  const first = citizen.getByRole("group", {
    name: "1. Bạn nhận được kết quả sớm hay muộn so với ngày hẹn trên giấy tiếp nhận?",
  });
  await first.getByRole("radio", { name: "Trước ngày hẹn" }).waitFor();
  await see(citizen, "Tiêu chí đánh giá: Thời gian giải quyết so với thời gian quy định");
  for (const group of await citizen.locator(".eval-form fieldset").all()) {
    const first = group.getByRole("radio").first();
    await first.check();
  }
  await citizen.getByRole("button", { name: "Gửi đánh giá" }).click();
  await see(citizen, "Cảm ơn bạn đã đánh giá.");
  await see(citizen, /Tổng điểm: 18\/18/);
  await screenshot("evaluation-done", citizen);

  // An officer of another commune is refused the dossier (its existence is not disclosed).
  const other = await newPage({ user: seed.users["xuly.xa2"] });
  await other.goto(`/ho-so/${code}`);
  await see(other, "Không thực hiện được");
  await see(other, "Kiểm tra lại địa chỉ hoặc mã đã nhập.");
  await screenshot("dossier-other-commune", other);
};

export default journey;

const HANDLER = "Trương Thị Kim Ngân"; // xuly.xa, handling officer of the commune
const LEADER = "Ngô Văn Thắng"; // lanhdao.xa, the commune's leader

/** The pick-list offers exactly these people (after its placeholder). */
async function pickOnly(p: Page, names: string[]) {
  const select = p.getByLabel("Chuyển cho");
  await select.locator("option", { hasText: names[0] }).waitFor({ state: "attached" });
  const options = (await select.locator("option").allTextContents()).slice(1);
  assert(
    JSON.stringify(options) === JSON.stringify(names),
    `the pick-list offers ${names.join(", ")} (got ${options.join(", ")})`,
  );
}

/** A one-page result document, as a leader would upload it. */
const resultPdf = () => onePagePdf("Trich luc khai sinh 15/TLKS");
