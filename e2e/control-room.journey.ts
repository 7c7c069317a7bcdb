// The provincial procedure-control office watches the Decision 766 index: what costs points comes
// largest loss first (indicators without data included, with what to do), the forecast and the
// Excel export are on the page; a dossier received at a counter elsewhere changes the figures on
// the open page within seconds, without a reload; the unit and the period chosen stay in the URL,
// so the link opened elsewhere shows the same view.
import { assert, type Journey, see } from "./harness.ts";
import { BIRTH, BIRTH_FORM_DATA } from "./steps.ts";

// A whole province's page computes its costs, forecast and ranking on first load: wait longer
// than for a plain page before its first figures.
const SLOW = 30_000;

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const page = await newPage({ user: seed.users.kstt });
  page.setDefaultTimeout(SLOW);
  let navigations = 0;
  page.on("framenavigated", (f) => {
    if (f === page.mainFrame()) navigations++;
  });
  await page.goto("/");
  await page
    .getByRole("navigation")
    .getByRole("link", { name: "Chỉ số phục vụ (QĐ 766)", exact: true })
    .click();
  await see(page, /Trực tiếp · cập nhật lúc/, SLOW);

  // The URL names the unit and the period shown.
  await page.waitForURL((u) => u.searchParams.get("ky") === "quy");
  assert(
    new URL(page.url()).searchParams.get("don-vi") === seed.codes.province,
    `the URL keeps the unit (${page.url()})`,
  );

  // What costs points: the largest loss first, indicators at 0/0 shown as missing data, each
  // with what to do about it.
  const costs = page.getByTestId("cost-list").locator(":scope > li");
  await costs.first().waitFor();
  const lost = (await costs.evaluateAll((els) => els.map((e) => e.getAttribute("data-lost")))).map(
    Number,
  );
  assert(lost.length > 1, `several indicators cost points (${lost.join(", ")})`);
  assert(
    lost[0] === Math.max(...lost),
    `the list starts with the largest loss (${lost.join(", ")})`,
  );
  assert(
    lost.every((x, i) => i === 0 || lost[i - 1] >= x),
    `the losses come largest first (${lost.join(", ")})`,
  );
  const first = await costs.first().textContent();
  assert(first?.includes("Việc cần làm"), `the first loss says what to do (${first})`);
  assert(
    (await costs.filter({ hasText: "Chưa có dữ liệu" }).count()) > 0,
    "indicators at 0/0 are listed as missing data",
  );

  // The forecast and the Excel export are on the page.
  await see(page, "Dự báo cuối kỳ", SLOW);
  const href = await page.getByRole("link", { name: "Xuất Excel" }).getAttribute("href");
  // (The workbook itself is checked by the API tests: server/modules/quality-index/live.test.ts.)
  const xlsx = new URL(href ?? "", "http://x").searchParams;
  assert(
    href?.startsWith("/api/index.xlsx?") &&
      xlsx.get("unit") === seed.codes.province &&
      !!xlsx.get("from") &&
      !!xlsx.get("to"),
    `the export is of the unit and period shown (${href})`,
  );
  await screenshot("index-dashboard");

  const table = page.locator("#indicators-h + div table");
  const before = await table.textContent();
  const shown = navigations;

  // A counter officer receives a dossier (through the API, as another person on another machine).
  const counter = await newPage({ user: seed.users.tiepnhan });
  const me = await (await counter.request.get("/api/auth/me")).json();
  const res = await counter.request.post("/api/dossiers", {
    headers: { "x-csrf-token": me.csrfToken },
    data: {
      procedure: BIRTH.code,
      agency: `${seed.codes.province}.101`,
      channel: 1,
      applicant: { name: "Lê Văn Cường", idNumber: "079200000001" },
      components: [
        { name: "Tờ khai đăng ký khai sinh" },
        { name: "Giấy chứng sinh hoặc văn bản của người làm chứng" },
      ],
      formData: {
        hoTen: "Lê Văn Cường",
        soDinhDanh: "079200000001",
        hoTenTre: "Lê Minh Khang",
        ngaySinhTre: "2026-03-01",
        gioiTinh: "Nam",
        ...BIRTH_FORM_DATA,
      },
      decision: { action: "receive" },
    },
  });
  assert(res.ok(), `the counter receives a dossier (${res.status()} ${await res.text()})`);

  // The open dashboard changes by itself.
  const deadline = Date.now() + 10_000;
  let after = before;
  while (after === before && Date.now() < deadline) {
    await page.waitForTimeout(250);
    after = await table.textContent();
  }
  assert(after !== before, "the index figures changed on the open page");
  assert(navigations === shown, `no reload (${navigations - shown} navigations)`);
  await screenshot("index-dashboard-updated", page);

  // Another unit and period: the URL follows, and the link opened elsewhere shows the same view.
  const commune = `${seed.codes.province}.101`;
  await page.getByLabel("Kỳ đánh giá").selectOption("month");
  await page.getByLabel("Đơn vị", { exact: true }).selectOption(commune);
  await page.waitForURL(
    (u) => u.searchParams.get("don-vi") === commune && u.searchParams.get("ky") === "thang",
  );
  const link = page.url();
  await page.close();
  const shared = await newPage({ user: seed.users.kstt });
  shared.setDefaultTimeout(SLOW);
  await shared.goto(link);
  await see(shared, "Điều gì làm mất điểm", SLOW);
  assert(
    (await shared.getByLabel("Đơn vị", { exact: true }).inputValue()) === commune,
    "the shared link shows the unit chosen",
  );
  assert(
    (await shared.getByLabel("Kỳ đánh giá").inputValue()) === "month",
    "the shared link shows the period chosen",
  );
};

export default journey;
