// A citizen sends a complaint about a commune (no dossier code) and keeps its code and secret; the
// provincial procedure-control office classifies, answers and publishes it, with each time limit
// shown; the citizen looks it up and rates the answer.
import { type Journey, see } from "./harness.ts";
import { COMMUNE } from "./steps.ts";

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const citizen = await newPage();
  await citizen.goto("/");
  await citizen
    .getByRole("navigation")
    .getByRole("link", { name: "Phản ánh, kiến nghị", exact: true })
    .click();
  await citizen.getByLabel("Cơ quan liên quan").selectOption({ label: COMMUNE });
  await citizen.getByLabel("Tiêu đề").fill("Niêm yết thủ tục chưa đầy đủ");
  await citizen
    .getByLabel("Nội dung", { exact: true })
    .fill("Bảng niêm yết tại Bộ phận Một cửa xã chưa ghi lệ phí đăng ký kết hôn.");
  await citizen.getByLabel("Họ và tên").fill("Lê Thị Thu");
  await citizen.getByLabel("Điện thoại").fill("0905111222");
  await screenshot("complaint-form", citizen);
  await citizen.getByRole("button", { name: "Gửi phản ánh" }).click();
  await see(citizen, "Đã gửi phản ánh, kiến nghị.");
  const [code, secret] = (await citizen.locator(".big-code").allTextContents()).map((s) =>
    s.trim(),
  );
  await screenshot("complaint-sent", citizen);

  // The provincial office: the list, then classify, answer, publish.
  const office = await newPage({ user: seed.users.kstt });
  await office.goto("/phan-anh/xu-ly");
  await office.getByRole("link", { name: code }).click();
  await see(office, "Thời hạn xử lý");
  await screenshot("complaint-staff-received", office);
  const step = async (action: string, fill?: () => Promise<void>) => {
    await office.getByRole("button", { name: action, exact: true }).click();
    await fill?.();
    await office.getByRole("button", { name: `Xác nhận: ${action}` }).click();
    await see(office, `Đã thực hiện: ${action}.`);
  };
  await step("Phân loại, chuyển xử lý");
  await step("Trả lời", () =>
    office
      .getByLabel("Trả lời")
      .fill("Ủy ban nhân dân xã đã bổ sung mức lệ phí vào bảng niêm yết ngày hôm nay. Cảm ơn bà."),
  );
  await step("Công khai trả lời");
  await see(office, "Đúng hạn");
  await screenshot("complaint-staff-published", office);
  await office.goto("/phan-anh/xu-ly");
  await office.getByRole("link", { name: code }).waitFor();
  await screenshot("complaint-staff-list", office);

  // The citizen looks it up and rates the answer.
  await citizen.goto("/phan-anh");
  await citizen.getByLabel("Mã phản ánh").fill(code);
  await citizen.getByLabel("Mã bí mật").fill(secret);
  await citizen.getByRole("button", { name: "Tra cứu" }).click();
  await see(citizen, "Ủy ban nhân dân xã đã bổ sung mức lệ phí");
  await citizen.getByLabel("Hài lòng", { exact: true }).check();
  await citizen.getByRole("button", { name: "Gửi đánh giá" }).click();
  await see(citizen, "Cảm ơn bạn đã đánh giá câu trả lời.");
  await screenshot("complaint-rated", citizen);
};

export default journey;
