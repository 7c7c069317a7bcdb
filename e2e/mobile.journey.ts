// On a phone the side navigation collapses behind the menu button; the citizen's look-up and the
// officer's work queue stay usable at 390 px.
import { assert, type Journey } from "./harness.ts";

const PHONE = { width: 390, height: 844 };

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const citizen = await newPage();
  await citizen.setViewportSize(PHONE);
  await citizen.goto("/tra-cuu");
  await citizen.getByRole("heading", { name: "Tra cứu hồ sơ", level: 1 }).waitFor();
  const nav = citizen.getByRole("navigation", { name: "Điều hướng chính" });
  assert(!(await nav.isVisible()), "the side navigation is hidden on a phone");
  await screenshot("mobile-lookup", citizen);
  const menu = citizen.getByRole("button", { name: "Danh mục" });
  await menu.click();
  await nav.waitFor({ state: "visible" });
  assert((await menu.getAttribute("aria-expanded")) === "true", "the menu says it is open");
  await screenshot("mobile-menu", citizen);
  await nav.getByRole("link", { name: "Thủ tục hành chính" }).click();
  await citizen.getByRole("heading", { name: "Thủ tục hành chính", level: 1 }).waitFor();
  assert(!(await nav.isVisible()), "the menu closes after choosing a page");

  const handler = await newPage({ user: seed.users["xuly.xa"] });
  await handler.setViewportSize(PHONE);
  await handler.goto("/ho-so");
  await handler.locator("table.queue").waitFor();
  await screenshot("mobile-queue", handler);
};

export default journey;
