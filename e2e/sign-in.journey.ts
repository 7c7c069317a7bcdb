// An administrator signs in with the keyboard, sees the Vietnamese shell with their name, then
// switches to English and sees English labels (and server texts in English).
import { assert, type Journey, see } from "./harness.ts";

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const page = await newPage();
  await page.goto("/dang-nhap");
  await see(page, "Đăng nhập");
  assert((await page.getAttribute("html", "lang")) === "vi", "the page language is Vietnamese");
  await screenshot("login-vi");
  // Keyboard only: the username field has focus, Tab to the password, Enter submits.
  await page.keyboard.type(seed.users.quantri);
  await page.keyboard.press("Tab");
  await page.keyboard.type(seed.password);
  await page.keyboard.press("Enter");
  await see(page, "Xin chào, Trần Minh Quân");
  await see(page, "Quản trị hệ thống");
  assert(
    await page.getByRole("navigation", { name: "Điều hướng chính" }).isVisible(),
    "the side navigation is labelled in Vietnamese",
  );
  assert(
    await page.getByRole("button", { name: "Đăng xuất" }).isVisible(),
    "a sign-out button in Vietnamese",
  );
  await screenshot("home-admin-vi");

  await page.getByRole("button", { name: "Switch to English" }).click();
  await see(page, "Hello, Trần Minh Quân");
  await see(page, "Administrator"); // role name from the server, now in English
  assert(
    await page.getByRole("button", { name: "Sign out" }).isVisible(),
    "a sign-out button in English",
  );
  assert(
    (await page.getAttribute("html", "lang")) === "en",
    "the page language follows the toggle",
  );
  const cookies = await page.context().cookies();
  assert(
    cookies.some((c) => c.name === "lang" && c.value === "en"),
    "the choice is kept in the lang cookie",
  );
  await screenshot("home-admin-en");

  await page.getByRole("link", { name: "Agencies", exact: true }).click();
  await see(page, "Agency tree");
  await screenshot("agencies-en");
};

export default journey;
