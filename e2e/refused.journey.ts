// A commune officer opens an administration page they may not see: the server refuses (403) and
// the page says so in Vietnamese, with what to do.
import { type Journey, see } from "./harness.ts";

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const page = await newPage({ user: seed.users["xuly.xa2"] });
  await page.goto("/quan-tri/nguoi-dung");
  await see(page, /Bạn không có quyền/);
  await see(page, "hãy đề nghị quản trị hệ thống của đơn vị cấp quyền");
  await screenshot("refused-users-403");
};

export default journey;
