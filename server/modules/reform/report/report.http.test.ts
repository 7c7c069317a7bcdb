// The periodic reform report of a commune for a quarter: the draft states the system's figures and
// the progress of its tasks, the unit edits the text, and the exports open as a DOCX (its
// document.xml read back, and converted by LibreOffice as an official's word processor would open
// it) and a PDF (its text read back) in the administrative document format.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProvince, makeUser, signIn, type TestEnv, testEnv } from "../../../test-support.ts";
import { pdfText } from "../../documents/forms/pdf-text.test-util.ts";

let env: TestEnv;
let codes: Awaited<ReturnType<typeof makeProvince>>;
let headA: Awaited<ReturnType<typeof signIn>>;
let headB: Awaited<ReturnType<typeof signIn>>;
const names = { headA: "", headB: "" };
const url = () => `/api/reform/reports/${codes.communeA}/2026-Q1`;

interface Draft {
  periodLabel: string;
  number: string;
  saved: unknown;
  figures: { measure: string; numerator: number; denominator: number }[];
  tasks: { ref: string; status: string; lastReport: string | null }[];
  sections: { results: string; shortcomings: string; plans: string; proposals: string };
}

beforeAll(async () => {
  env = await testEnv("2026-02-10T03:00:00Z");
  codes = await makeProvince(env.db);
  const manager = await signIn(
    env.app,
    (await makeUser(env.db, [{ role: "home_affairs", agencyCode: codes.deptB }])).username,
  );
  names.headA = (await makeUser(env.db, [{ role: "head", agencyCode: codes.communeA }])).username;
  names.headB = (await makeUser(env.db, [{ role: "head", agencyCode: codes.communeB }])).username;
  headA = await signIn(env.app, names.headA);
  const res = await manager.call("/api/reform/directives", {
    method: "POST",
    body: {
      number: "6187/UBND-KSTT",
      kind: "letter",
      issuedOn: "2026-01-05",
      issuer: codes.province,
      signer: "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH Trần Văn Dũng",
      subject: "V/v khắc phục tồn tại, hạn chế trong công tác CCHC",
      tasks: [
        {
          ref: "1.a",
          text: "Quán triệt cán bộ, công chức về trách nhiệm giải quyết hồ sơ đúng hạn.",
          assignees: { levels: ["commune"] },
          deadline: "2026-02-28",
          monitors: [codes.deptB],
        },
        {
          ref: "1.d",
          text: "Rà soát, số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính.",
          assignees: { levels: ["commune"] },
          deadline: "2026-03-20",
          monitors: [codes.deptB],
        },
      ],
    },
  });
  const tasks = ((await res.json()) as { tasks: { id: string; ref: string }[] }).tasks;
  const done = await headA.call(`/api/reform/tasks/${tasks[0].id}/reports`, {
    method: "POST",
    body: { agency: codes.communeA, status: "done", text: "Đã quán triệt tại họp giao ban." },
  });
  expect(done.status).toBe(200);
  // February's dossiers of commune A, as the Decision 766 rollups count them: 10 received, 4 of
  // them online; 8 handled, 6 on time.
  await env.db.query(
    `INSERT INTO qi_rollup (agency_code, procedure_code, grain, day, received, online33, h21, ot21)
     VALUES ($1, '1.000001', 'm', '2026-02-01', 10, 4, 8, 6)`,
    [codes.communeA],
  );
  env.clock.set("2026-04-06T03:00:00Z");
  headA = await signIn(env.app, names.headA);
  headB = await signIn(env.app, names.headB);
});
afterAll(() => env.close());

function docxXml(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "motcua-docx-"));
  try {
    const file = join(dir, "report.docx");
    writeFileSync(file, bytes);
    // The archive is whole (every entry's CRC checks) and holds the Word parts.
    execFileSync("unzip", ["-tq", file]);
    const list = execFileSync("unzip", ["-Z1", file], { encoding: "utf8" });
    expect(list.split("\n")).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]),
    );
    return execFileSync("unzip", ["-p", file, "word/document.xml"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join(" ")
    .replace(/&amp;/g, "&");

describe("periodic reform report", () => {
  it("drafts the quarter from the system's figures and the unit's tasks", async () => {
    const res = await headA.call(url());
    expect(res.status).toBe(200);
    const d = (await res.json()) as Draft;
    expect(d.periodLabel).toBe("quý I năm 2026");
    expect(d.saved).toBeNull();
    const fig = Object.fromEntries(d.figures.map((f) => [f.measure, f]));
    expect(fig.onlineDossierShare).toMatchObject({ numerator: 4, denominator: 10 });
    expect(fig.onTimeRate).toMatchObject({ numerator: 6, denominator: 8 });
    expect(fig.tasksOnTime).toMatchObject({ numerator: 1, denominator: 2 });
    expect(d.tasks.map((t) => [t.ref, t.status])).toEqual([
      ["1.a", "done"],
      ["1.d", "late"],
    ]);
    expect(d.sections.results).toContain("tiếp nhận 10 hồ sơ");
    expect(d.sections.results).toContain("4 hồ sơ nộp trực tuyến (40,0%)");
    expect(d.sections.shortcomings).toContain("Còn 2 hồ sơ giải quyết trễ hạn");
    expect(d.sections.shortcomings).toContain("6187/UBND-KSTT mục 1.d");
  });

  it("shows a unit's report only to that unit and those above it; refuses a bad period", async () => {
    expect((await headB.call(url())).status).toBe(403);
    const bad = await headA.call(`/api/reform/reports/${codes.communeA}/2026-Q5`);
    expect(bad.status).toBe(400);
    expect((await headB.call(`${url()}/docx`)).status).toBe(403);
  });

  it("keeps the unit's edited text", async () => {
    const draft = (await (await headA.call(url())).json()) as Draft;
    const put = await headA.call(url(), {
      method: "PUT",
      body: {
        number: "12/BC-UBND",
        place: "Tân Phước",
        signer: { authority: "TM. Ủy ban nhân dân", position: "Chủ tịch", name: "Nguyễn Văn Tâm" },
        recipients: ["Sở Nội vụ", "Văn phòng UBND tỉnh", "Lưu: VT"],
        sections: {
          ...draft.sections,
          proposals: "Đề nghị Sở Nội vụ hỗ trợ máy quét cho bộ phận một cửa.",
        },
      },
    });
    expect(put.status).toBe(200);
    expect(
      (await headB.call(url(), { method: "PUT", body: { number: "x" } })).status,
    ).toBeGreaterThanOrEqual(400);
    const again = (await (await headA.call(url())).json()) as Draft;
    expect(again.number).toBe("12/BC-UBND");
    expect(again.sections.proposals).toBe("Đề nghị Sở Nội vụ hỗ trợ máy quét cho bộ phận một cửa.");
    expect(again.saved).not.toBeNull();
  });

  it("exports a DOCX that opens, with the heading, figures, tasks, edited text and signer", async () => {
    const res = await headA.call(`${url()}/docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("wordprocessingml.document");
    const xml = docxXml(Buffer.from(await res.arrayBuffer()));
    const text = textOf(xml);
    for (const s of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "UBND XÃ TÂN PHƯỚC",
      "Số: 12/BC-UBND",
      "Tân Phước, ngày 06 tháng 4 năm 2026",
      "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026",
      "Tỷ lệ hồ sơ nộp trực tuyến",
      "4 / 10",
      "40,0%",
      "6187/UBND-KSTT mục 1.d",
      "Trễ hạn",
      "Đề nghị Sở Nội vụ hỗ trợ máy quét cho bộ phận một cửa.",
      "Nơi nhận:",
      "TM. ỦY BAN NHÂN DÂN",
      "Nguyễn Văn Tâm",
    ])
      expect(text).toContain(s);
    // A4 with the Decree 30 margins, Times New Roman.
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
  });

  it("exports a DOCX that LibreOffice opens and converts to PDF with the heading and the figures", async () => {
    const res = await headA.call(`${url()}/docx`);
    const dir = mkdtempSync(join(tmpdir(), "motcua-soffice-"));
    try {
      const file = join(dir, "bao-cao.docx");
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      // A profile of its own, so a running office or another test never shares it.
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          file,
        ],
        { stdio: "pipe", timeout: 60_000 },
      );
      const text = execFileSync("pdftotext", ["-layout", join(dir, "bao-cao.pdf"), "-"], {
        encoding: "utf8",
      })
        .normalize("NFC")
        .replace(/\s+/g, " ");
      for (const s of [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/BC-UBND",
        "quý I năm 2026",
        "Tỷ lệ hồ sơ nộp trực tuyến",
        "4 / 10",
        "40,0%",
        "6187/UBND-KSTT mục 1.d",
        "Nơi nhận:",
        "Nguyễn Văn Tâm",
      ])
        expect(text).toContain(s);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it("exports a PDF with the same content", async () => {
    const res = await headA.call(`${url()}/pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(new Uint8Array(await res.arrayBuffer())).replace(/\s+/g, " ");
    for (const s of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: 12/BC-UBND",
      "Tân Phước, ngày 06 tháng 4 năm 2026",
      "quý I năm 2026",
      "4 / 10",
      "6187/UBND-KSTT mục 1.d",
      "Đề nghị Sở Nội vụ hỗ trợ máy quét",
      "Nơi nhận:",
      "Nguyễn Văn Tâm",
    ])
      expect(text).toContain(s);
  });
});
