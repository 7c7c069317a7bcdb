// The year's reform cycle: Home Affairs issues next year's criteria in the browser (a wrong sum
// refused, this year's set frozen); a commune assesses itself,
// is appraised with a reason, responds once and gets its final scores; the appraisal of the
// Department of Industry and Trade shows the 20% deduction of letter 6187 with its computation;
// the ranking; the commune reports on a task of letter 6187 in the task monitor; Home Affairs
// inspects the commune: plans it, records the findings, concludes with a remediation item that the
// commune then closes with a real evidence file; the control room's page of the commune, reached
// from the ranking, shows its reform index, service index, tasks and inspection; the commune edits its quarterly reform report and exports it
// as DOCX and PDF, both opened and read back; Home Affairs runs a satisfaction survey of the
// commune and reads its results, and a wrong survey link is refused.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assert, type Journey, see } from "./harness.ts";
import { onePagePdf } from "./steps.ts";

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const p = seed.codes.province;
  const commune = `${p}.101`;
  const trade = `${p}.05`;
  const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

  // Criteria issued in the browser: Home Affairs copies this year's set for next year, a wrong
  // sum is shown and refused in Vietnamese, the corrected set is issued; this year's set, with
  // self-assessments begun, is frozen and says so.
  const ha = await newPage({ user: seed.users.noivu });
  await ha.goto(`/cai-cach/tieu-chi?nam=${year + 1}`);
  await see(ha, `Chưa ban hành bộ tiêu chí năm ${year + 1}.`);
  await ha.getByRole("button", { name: `Sao chép bộ tiêu chí năm ${year}` }).click();
  const criteria = ha.getByRole("form", { name: "Bộ tiêu chí" });
  await criteria.getByLabel("Tối đa 1.1.1", { exact: true }).fill("2");
  await see(ha, "Lĩnh vực 1: điểm tối đa 10 nhưng tổng các tiêu chí thành phần là 10,5.");
  await criteria.getByRole("button", { name: "Ban hành bộ tiêu chí" }).click();
  await see(ha, "điểm tối đa lĩnh vực 1 là 10 nhưng tổng các tiêu chí thành phần là 10.5");
  await criteria.getByLabel("Tối đa 1.1.1", { exact: true }).fill("1.5");
  await criteria.getByRole("button", { name: "Ban hành bộ tiêu chí" }).click();
  await see(ha, `Đã ban hành bộ tiêu chí năm ${year + 1}.`);
  await screenshot("reform-criteria", ha);
  await ha.goto(`/cai-cach/tieu-chi?nam=${year}`);
  await see(ha, `bộ tiêu chí năm ${year} đã khóa, không sửa được nữa.`);

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
  // 8.1.1 (the satisfaction survey) is the system's figure: no field to enter it.
  assert(
    (await ha.getByLabel("Điểm 8.1.1", { exact: true }).count()) === 0,
    "the survey sub-criterion is locked",
  );
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

  // An inspection of the commune: planned, carried out, concluded with a remediation item.
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  // Dates are typed the Vietnamese way, dd/mm/yyyy, whatever the browser's locale.
  const todayVn = today.split("-").reverse().join("/");
  await ha.goto("/cai-cach/kiem-tra");
  await see(ha, "Đơn vị đề xuất kiểm tra");
  const planForm = ha.getByRole("form", { name: "Đưa vào kế hoạch kiểm tra" });
  await planForm.getByLabel("Đơn vị được kiểm tra").selectOption(commune);
  await planForm.getByLabel("Ngày dự kiến").fill(todayVn);
  await planForm
    .getByLabel("Thành phần đoàn kiểm tra")
    .fill("Lê Văn Phúc, Sở Nội vụ — trưởng đoàn\nNguyễn Thị Mai");
  await planForm
    .getByLabel("Nội dung, phạm vi kiểm tra")
    .fill("Kiểm soát thủ tục hành chính, một cửa, số hóa hồ sơ.");
  await planForm.getByRole("button", { name: "Lưu kế hoạch" }).click();
  await see(ha, "Đã đưa vào kế hoạch kiểm tra.");
  const findings = ha.getByRole("form", { name: "Ghi nhận kết quả kiểm tra" }).first();
  await findings.getByLabel("Ngày kiểm tra").fill(todayVn);
  await findings
    .getByLabel("Kết quả kiểm tra", { exact: true })
    .fill("Một cửa: 3 hồ sơ trễ hạn chưa có văn bản xin lỗi.");
  await findings.getByRole("button", { name: "Lưu kết quả kiểm tra" }).click();
  await see(ha, "Đã kiểm tra");
  const conclude = ha.getByRole("form", { name: "Thông báo kết luận và yêu cầu khắc phục" });
  await conclude.getByLabel("Số, ký hiệu thông báo").fill("25/TB-SNV");
  await conclude.getByLabel("Ngày ban hành").fill(todayVn);
  await conclude.getByLabel("Người ký").fill("GIÁM ĐỐC Lê Văn Phúc");
  await conclude
    .getByLabel("Kết luận kiểm tra", { exact: true })
    .fill("Chưa thực hiện đầy đủ việc xin lỗi người dân khi trễ hạn.");
  await conclude.getByLabel("Nội dung khắc phục 1").fill("Gửi văn bản xin lỗi cho 3 hồ sơ.");
  await conclude.getByLabel("Hạn khắc phục 1").fill(`31/12/${year}`);
  await conclude.getByRole("button", { name: "Ban hành kết luận" }).click();
  await see(ha, "Kết luận kiểm tra 25/TB-SNV");
  await screenshot("reform-inspection", ha);

  // The commune sees the conclusion and its open remediation item.
  await head.goto("/cai-cach/kiem-tra");
  await see(head, "Kết luận kiểm tra 25/TB-SNV");
  await see(head, "Gửi văn bản xin lỗi cho 3 hồ sơ.");
  const state = await head.getByTestId("item-state").first().textContent();
  assert(state?.includes("Đang khắc phục"), `the item is open (${state})`);
  // The commune closes it: closing without evidence is refused, with a real file it closes.
  const remedy = head.getByRole("form", { name: /^Báo cáo khắc phục của/ }).first();
  await remedy.getByLabel("Nội dung báo cáo").fill("Đã gửi văn bản xin lỗi cho 3 hồ sơ trễ hạn.");
  await remedy.getByRole("button", { name: "Đóng nội dung khắc phục" }).click();
  await see(head, "chỉ được đóng khi có minh chứng kèm theo");
  await remedy.getByLabel("Tệp minh chứng").setInputFiles({
    name: "van-ban-xin-loi.pdf",
    mimeType: "application/pdf",
    buffer: await onePagePdf("Van ban xin loi 3 ho so tre han"),
  });
  await see(head, "van-ban-xin-loi.pdf");
  await remedy.getByRole("button", { name: "Đóng nội dung khắc phục" }).click();
  await see(head, "Đã khắc phục");
  await see(head, "1 tệp minh chứng");
  // The evidence opens as the PDF uploaded.
  const evidence = await head
    .getByRole("link", { name: "Tệp 1", exact: true })
    .getAttribute("href");
  const opened = await head.request.get(evidence ?? "");
  assert(
    opened.ok() && opened.headers()["content-type"] === "application/pdf",
    `the evidence opens (${opened.status()} ${opened.headers()["content-type"]})`,
  );
  await screenshot("reform-remediation-closed", head);

  // The control room's page of the commune, reached from the ranking: reform index and rank,
  // service index, tasks and the inspection in one view.
  const agencies = (await (await ha.request.get("/api/agencies")).json()) as {
    agencies: { code: string; name: string }[];
  };
  const communeName = agencies.agencies.find((a) => a.code === commune)?.name ?? commune;
  await ha.goto("/cai-cach/chi-so");
  await ha.getByLabel("Cấp").selectOption("commune");
  await ha.getByRole("link", { name: `Toàn cảnh: ${communeName}`, exact: true }).click();
  await see(ha, `${communeName} — ${year}`);
  await see(ha, /Hạng \d+\/\d+/);
  await see(ha, "Chỉ số phục vụ (QĐ 766)");
  await see(ha, "6187/UBND-KSTT §1.a");
  await see(ha, "Kết luận kiểm tra 25/TB-SNV");
  const reformTile = await ha.getByTestId("overview-reform").textContent();
  assert(/\d/.test(reformTile ?? ""), `the reform index is shown (${reformTile})`);
  await screenshot("reform-unit-overview", ha);

  // The commune's quarterly reform report: drafted from the system, edited, exported.
  await head.goto("/cai-cach/bao-cao");
  await head.getByLabel("Kỳ báo cáo").selectOption(`${year}-Q4`);
  await see(head, `quý IV năm ${year}`);
  await see(head, "Tỷ lệ hồ sơ giải quyết đúng hạn");
  const report = head.getByRole("form", { name: "Nội dung báo cáo" });
  await report.getByLabel("Số, ký hiệu").fill("18/BC-UBND");
  await report.getByLabel("Họ tên người ký").fill("Nguyễn Văn Tâm");
  await report
    .getByLabel("IV. Đề xuất, kiến nghị")
    .fill("Đề nghị Sở Nội vụ hỗ trợ máy quét cho bộ phận một cửa.");
  await report.getByRole("button", { name: "Lưu báo cáo" }).click();
  await see(head, "Đã lưu báo cáo.");
  await screenshot("reform-report", head);
  for (const [name, type, ext] of [
    ["Tải báo cáo (DOCX)", "wordprocessingml", "docx"],
    ["Tải báo cáo (PDF)", "application/pdf", "pdf"],
  ]) {
    const href = await head.getByRole("link", { name }).getAttribute("href");
    const file = await head.request.get(href ?? "");
    assert(
      file.ok() && (file.headers()["content-type"] ?? "").includes(type),
      `${name}: ${file.status()} ${file.headers()["content-type"]}`,
    );
    // Open the file as an official would: the DOCX's document.xml, the PDF's text.
    const dir = mkdtempSync(join(tmpdir(), "motcua-report-"));
    const path = join(dir, `report.${ext}`);
    writeFileSync(path, await file.body());
    const text = (
      ext === "docx"
        ? execFileSync("unzip", ["-p", path, "word/document.xml"], { encoding: "utf8" })
        : execFileSync("pdftotext", [path, "-"], { encoding: "utf8" })
    ).normalize("NFC");
    rmSync(dir, { recursive: true, force: true });
    for (const s of ["18/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nguyễn Văn Tâm"])
      assert(text.includes(s), `${name} holds "${s}"`);
  }
  // Home Affairs surveys the satisfaction of the commune's applicants of the year: creates the
  // survey, sends the invitations, reads the results per unit; a wrong link is refused.
  await ha.goto("/cai-cach/khao-sat");
  const create = ha.getByRole("form", { name: "Tạo cuộc khảo sát" });
  await create.getByLabel("Tên cuộc khảo sát").fill(`Khảo sát sự hài lòng năm ${year}`);
  await create.getByLabel("Hồ sơ giải quyết từ ngày").fill(`01/01/${year}`);
  await create.getByLabel("đến ngày", { exact: true }).fill(todayVn);
  await create.getByLabel("Hạn trả lời").fill(`${year}-12-31`);
  await create.getByLabel(communeName, { exact: true }).check();
  await create.getByRole("button", { name: "Tạo cuộc khảo sát" }).click();
  await see(ha, "Đã tạo cuộc khảo sát.");
  // The demo's own survey of the year is listed too: work on the one just created.
  const card = ha.getByRole("region", { name: `Khảo sát sự hài lòng năm ${year}`, exact: true });
  await card.getByRole("button", { name: "Gửi phiếu khảo sát" }).click();
  await see(ha, /Đã gửi \d+ phiếu khảo sát\./);
  await card.getByRole("button", { name: "Xem kết quả" }).click();
  await see(ha, "Tỷ lệ phản hồi");
  await screenshot("reform-surveys", ha);
  const visitor = await newPage();
  await visitor.goto(`/khao-sat#${"x".repeat(43)}`);
  await see(visitor, "Đường dẫn khảo sát không hợp lệ hoặc đã được sử dụng.");
};

export default journey;
