// The administrator keeps the working calendar (adds a provisional day off in a year not yet
// stored, confirms it, removes it) and edits procedures: an internal process longer than the
// legal time is flagged and the server refuses it by field; a new procedure is added. Then the
// counter's warning lines: the one in force with its basis, a change scheduled from next year with
// its basis and reason, listed in the history.
import { type Journey, see } from "./harness.ts";
import { BIRTH, COMMUNE } from "./steps.ts";

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const admin = await newPage({ user: seed.users.quantri });
  await admin.goto("/");
  await admin
    .getByRole("navigation")
    .getByRole("link", { name: "Lịch làm việc, ngày nghỉ", exact: true })
    .click();
  await see(admin, /Năm \d{4}/);
  await screenshot("calendar-year", admin);

  // Next year: add a provisional day off, confirm it, remove it.
  const year = new Date().getFullYear() + 1;
  await admin.getByLabel("Chọn năm").selectOption(String(year));
  await see(admin, `Năm ${year}`);
  const form = admin.locator("#cal-add-h + form");
  await form.getByLabel("Ngày", { exact: true }).fill(`24/12/${year}`);
  await form.getByLabel("Tên ngày (tiếng Việt)").fill("Nghỉ thử nghiệm");
  await form.getByLabel("Căn cứ pháp lý").fill("Quyết định của UBND tỉnh (thử nghiệm)");
  await form.getByLabel("Trạng thái").selectOption({ label: "Dự kiến" });
  await form.getByRole("button", { name: "Thêm vào lịch" }).click();
  await see(admin, "Đã thêm ngày vào lịch.");
  const row = admin.locator("tr", { hasText: "Nghỉ thử nghiệm" });
  await row.getByRole("button", { name: /^Xác nhận/ }).click();
  await see(admin, /Đã xác nhận ngày 24\/12/);
  await screenshot("calendar-added", admin);
  await row.getByRole("button", { name: /^Gỡ/ }).click();
  await see(admin, /Đã gỡ ngày 24\/12/);

  // Procedures: the birth registration's internal process cannot exceed its legal time.
  await admin
    .getByRole("navigation")
    .getByRole("link", { name: "Quản lý thủ tục", exact: true })
    .click();
  await admin.getByLabel("Tìm thủ tục").fill("khai sinh");
  await admin.getByRole("link", { name: `Sửa ${BIRTH.name}`, exact: true }).click();
  await see(admin, `Sửa thủ tục ${BIRTH.code}`);
  await see(admin, /Tổng định mức: .* giờ làm việc/);
  await admin.getByRole("button", { name: "Thêm bước" }).click();
  const last = admin.locator(".edit-item").last();
  await last.getByLabel("Tên bước", { exact: true }).fill("Xin ý kiến liên ngành");
  await last.getByLabel("Định mức (giờ)", { exact: true }).fill("40");
  await see(admin, /máy chủ sẽ không nhận quy trình này/);
  await admin.getByRole("button", { name: "Lưu phiên bản mới" }).click();
  await see(admin, "Máy chủ không nhận thủ tục");
  await see(admin, /vượt thời hạn giải quyết/);
  await screenshot("procedure-quota-refused", admin);

  // A new local procedure.
  await admin.goto("/quan-tri/thu-tuc/moi");
  await admin.getByLabel("Mã thủ tục", { exact: true }).fill("DT.0001");
  await admin.getByLabel("Tên thủ tục", { exact: true }).fill("Xác nhận thông tin thử nghiệm");
  await admin.getByLabel("Lĩnh vực", { exact: true }).fill("Hộ tịch");
  await admin.getByLabel("Trình tự thực hiện", { exact: true }).fill("Nộp hồ sơ\nNhận kết quả");
  await admin.getByRole("button", { name: "Thêm thành phần hồ sơ" }).click();
  await admin.getByLabel("Tên giấy tờ", { exact: true }).fill("Tờ khai");
  await admin.getByLabel("Thời hạn", { exact: true }).fill("3");
  await admin.getByLabel("Lọc theo tên hoặc mã đơn vị").fill("Tân Phước 1");
  await admin.getByLabel(new RegExp(`^${COMMUNE}`)).check();
  await admin.getByRole("button", { name: "Thêm bước" }).click();
  await admin.getByLabel("Tên bước", { exact: true }).fill("Thẩm định");
  await admin.getByLabel("Định mức (giờ)", { exact: true }).fill("16");
  await see(admin, /Vừa thời hạn/);
  await admin.getByRole("button", { name: "Thêm thủ tục", exact: true }).last().click();
  await see(admin, "Đã lưu, phiên bản 1.");
  await screenshot("procedure-created", admin);

  // The counter's warning lines.
  await admin
    .getByRole("navigation")
    .getByRole("link", { name: "Ngưỡng cảnh báo Một cửa", exact: true })
    .click();
  const uncollected = admin.getByRole("region", { name: /^Kết quả chưa được nhận/ });
  await uncollected
    .getByText(/Đang áp dụng:\s*5 ngày làm việc/)
    .first()
    .waitFor();
  await see(admin, /Nghị định 118\/2025\/NĐ-CP/);
  const change = admin.getByRole("form", { name: /^Thay đổi: Kết quả chưa được nhận/ });
  await change.getByLabel("Ngưỡng mới").fill("3");
  await change.getByLabel("Ngày hiệu lực").fill(`01/01/${year}`);
  await change.getByLabel("Căn cứ", { exact: true }).fill("Quyết định số 12/QĐ-UBND (thử nghiệm)");
  await change.getByLabel("Lý do thay đổi").fill("Liên hệ người nộp sớm hơn");
  await change.getByRole("button", { name: "Lưu thay đổi" }).click();
  await see(admin, "Đã lưu ngưỡng mới.");
  const changed = uncollected.locator("tr", { hasText: "Liên hệ người nộp sớm hơn" });
  await changed.getByText("3 ngày làm việc").waitFor();
  await changed.getByText(`01/01/${year}`).waitFor();
  // Scheduled for next year: the line in force today is still 5 working days.
  await uncollected
    .getByText(/Đang áp dụng:\s*5 ngày làm việc/)
    .first()
    .waitFor();
  await screenshot("watch-rules", admin);
};

export default journey;
