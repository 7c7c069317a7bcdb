// A citizen finds a procedure by typing without accents, reads its published parts, and opens the
// public look-up page; no sign-in needed.
import { assert, type Journey, see } from "./harness.ts";

const journey: Journey = async ({ newPage, screenshot }) => {
  const page = await newPage();
  await page.goto("/");
  await see(page, "Dịch vụ hành chính công");
  // First load of a cold browser context (local server: the figure is the app's own cost).
  const t = await page.evaluate(() => {
    const n = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const js = performance
      .getEntriesByType("resource")
      .filter((r) => r.name.endsWith(".js"))
      .reduce((s, r) => s + (r as PerformanceResourceTiming).encodedBodySize, 0);
    return {
      dcl: Math.round(n.domContentLoadedEventEnd),
      load: Math.round(n.loadEventEnd),
      ready: Math.round(performance.now()),
      js,
    };
  });
  console.log(
    `    first load of /: DOMContentLoaded ${t.dcl} ms, load ${t.load} ms, content shown by ${t.ready} ms, ${Math.round(t.js / 1024)} KiB of JS transferred`,
  );
  await page
    .getByRole("navigation")
    .getByRole("link", { name: "Thủ tục hành chính", exact: true })
    .click();
  await see(page, "Danh mục thủ tục hành chính");
  await page.getByLabel("Tìm thủ tục").fill("dang ky khai sinh");
  await page.getByRole("link", { name: "Đăng ký khai sinh" }).first().waitFor();
  assert(page.url().includes("q=dang+ky+khai+sinh"), "the search is kept in the address");
  await screenshot("catalogue-search");
  await page.getByRole("link", { name: "Đăng ký khai sinh" }).first().click();
  await see(page, "Thành phần hồ sơ");
  await see(page, "Thời hạn giải quyết");
  await screenshot("procedure-detail");
  await page
    .getByRole("navigation")
    .getByRole("link", { name: "Tra cứu hồ sơ", exact: true })
    .click();
  await see(page, "Mã tra cứu");
  await page.getByLabel("Mã hồ sơ").fill("H58.99-260101-9999");
  await page.getByLabel("Mã tra cứu").fill("AAAAAAAA");
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await see(page, "Không tìm thấy hồ sơ");
  await screenshot("lookup-not-found");
};

export default journey;
