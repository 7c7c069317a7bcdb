// The year's reform cycle: Home Affairs issues next year's criteria; a commune assesses itself,
// is appraised with a reason, responds once and gets its final scores; the appraisal of the
// Department of Industry and Trade shows the 20% deduction of letter 6187 with its computation;
// the ranking; the commune reports on a task of letter 6187 in the task monitor.
import { assert, type Journey, see } from "./harness.ts";

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const p = seed.codes.province;
  const commune = `${p}.101`;
  const trade = `${p}.05`;
  const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

  // Criteria issued: Home Affairs issues next year's set (the same data as this year's).
  const ha = await newPage({ user: seed.users.noivu });
  const me = await (await ha.request.get("/api/auth/me")).json();
  const current = await (await ha.request.get(`/api/reform/index/${year}/criteria`)).json();
  const issued = await ha.request.put(`/api/reform/index/${year + 1}/criteria`, {
    headers: { "x-csrf-token": me.csrfToken },
    data: { title: `Bộ Chỉ số CCHC năm ${year + 1}`, areas: current.areas, rules: current.rules },
  });
  assert(issued.ok(), `next year's criteria issued (${issued.status()} ${await issued.text()})`);

  // The commune's head assesses the commune.
  const head = await newPage({ user: seed.users["lanhdao.xa"] });
  await head.goto(`/cai-cach/chi-so/${encodeURIComponent(commune)}?nam=${year}`);
  await see(head, "Tự đánh giá, chấm điểm");
  await head.getByLabel("Điểm 1.1.1", { exact: true }).fill("1.5");
  await head.getByLabel("Điểm 2.1.1", { exact: true }).fill("5");
  await head
    .getByLabel("Ghi chú, minh chứng 2.1.1", { exact: true })
    .fill("Quyết định công bố kết quả rà soát số 12/QĐ-UBND");
  await head.getByRole("button", { name: "Gửi kết quả tự đánh giá" }).click();
  await see(head, "Bước hiện tại: Đã gửi tự đánh giá");
  await screenshot("reform-self-assessment", head);

  // Home Affairs appraises: a lowered score needs its reason.
  await ha.goto(`/cai-cach/chi-so/${encodeURIComponent(commune)}?nam=${year}`);
  await see(ha, "Thẩm định (Sở Nội vụ)");
  await ha.getByLabel("Điểm 2.1.1", { exact: true }).fill("3");
  await ha.getByRole("button", { name: "Gửi kết quả thẩm định" }).click();
  await see(ha, "thay đổi điểm tiêu chí 2.1.1 phải nêu lý do");
  await ha
    .getByLabel("Lý do thay đổi 2.1.1", { exact: true })
    .fill("Chưa rà soát 2 văn bản hết hiệu lực");
  await ha.getByRole("button", { name: "Gửi kết quả thẩm định" }).click();
  await see(ha, "Bước hiện tại: Đã thẩm định");

  // The commune responds once; Home Affairs publishes the final scores.
  await head.reload();
  await see(head, "Phản hồi kết quả thẩm định");
  await head
    .getByLabel("Phản hồi của đơn vị 2.1.1", { exact: true })
    .fill("Đã rà soát bổ sung, gửi kèm quyết định.");
  await head.getByRole("button", { name: "Gửi phản hồi" }).click();
  await see(head, "Bước hiện tại: Đã phản hồi");
  await ha.reload();
  await see(ha, "Công bố điểm cuối cùng");
  await ha.getByLabel("Điểm 2.1.1", { exact: true }).fill("4");
  await ha.getByLabel("Lý do thay đổi 2.1.1", { exact: true }).fill("Chấp nhận một phần phản hồi");
  await ha.getByRole("button", { name: "Công bố điểm" }).click();
  await see(ha, "Bước hiện tại: Đã công bố");

  // The department under 70% of procedures online: appraised, the deduction shown and explained.
  await ha.goto(`/cai-cach/chi-so/${encodeURIComponent(trade)}?nam=${year}`);
  await see(ha, "Thẩm định (Sở Nội vụ)");
  await ha.getByLabel("Điểm 8.1.1", { exact: true }).fill("8");
  await ha.getByRole("button", { name: "Gửi kết quả thẩm định" }).click();
  await see(ha, "Bước hiện tại: Đã thẩm định");
  const deduction = await ha.getByTestId("deduction").first().textContent();
  assert(deduction?.includes("2/5 = 40% < 70%"), `the condition is shown (${deduction})`);
  assert(/× 20% = /.test(deduction ?? ""), `the computation is shown (${deduction})`);
  await screenshot("reform-deduction", ha);

  // The ranking of departments shows the deduction.
  await ha.goto("/cai-cach/chi-so");
  await ha.getByRole("button", { name: "Tính lại chỉ số" }).click();
  await see(ha, /Đã tính lại \d+ đơn vị/);
  await see(ha, "Sở Công Thương");
  await screenshot("reform-ranking", ha);

  // Letter 6187 as a directive: the commune reports progress on a task.
  await head.goto("/cai-cach/nhiem-vu");
  await see(head, "6187/UBND-KSTT — mục 1.a");
  const form = head.getByRole("form").first();
  await form
    .getByLabel("Nội dung báo cáo")
    .fill("Đã quán triệt Công văn 6187 tại cuộc họp giao ban; 100% hồ sơ trễ hạn có giải trình.");
  await form.getByRole("button", { name: "Gửi báo cáo" }).click();
  await see(head, "Đã gửi báo cáo tiến độ.");
  await screenshot("reform-tasks", head);
};

export default journey;
