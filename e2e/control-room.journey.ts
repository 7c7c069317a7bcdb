// The provincial procedure-control office watches the Decision 766 index; a dossier received at a
// counter elsewhere changes the figures on the open page within seconds, without a reload.
import { assert, type Journey, see } from "./harness.ts";
import { BIRTH, BIRTH_FORM_DATA } from "./steps.ts";

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const page = await newPage({ user: seed.users.kstt });
  let navigations = 0;
  page.on("framenavigated", (f) => {
    if (f === page.mainFrame()) navigations++;
  });
  await page.goto("/");
  await page
    .getByRole("navigation")
    .getByRole("link", { name: "Chỉ số phục vụ (QĐ 766)", exact: true })
    .click();
  await see(page, /Trực tiếp · cập nhật lúc/);
  const table = page.locator("#indicators-h + div table");
  const before = await table.textContent();
  await screenshot("index-dashboard");

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
  assert(navigations === 2, `no reload (${navigations} navigations)`);
  await screenshot("index-dashboard-updated", page);
};

export default journey;
