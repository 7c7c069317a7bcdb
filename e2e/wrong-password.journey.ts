// A wrong password shows the server's Vietnamese message, announced as an alert.
import { assert, type Journey, see } from "./harness.ts";

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const page = await newPage();
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(seed.users.quantri);
  await page.getByLabel("Mật khẩu", { exact: true }).fill("khong-dung-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await see(page, "Tên đăng nhập hoặc mật khẩu không đúng.");
  const alert = page.getByRole("alert");
  assert((await alert.count()) > 0, "the error is an alert for screen readers");
  assert(page.url().includes("/dang-nhap"), "still on the sign-in page");
  await screenshot("login-wrong-password");

  // Empty fields: a clear message, no request.
  await page.getByLabel("Mật khẩu", { exact: true }).fill("");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await see(page, "Vui lòng nhập tên đăng nhập và mật khẩu.");
};

export default journey;
