// What the applicant gets in writing (Decree 118/2025/NĐ-CP; forms of Circular 03/2025/TT-VPCP):
// a supplement request during handling is a Form 02 with its reasons, a second one needs its own
// reason and the leader, no item is listed twice, and a withdrawal has its written record.
// PDFs are real and read with pdftotext.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { pdfText } from "../documents/forms/pdf-text.test-util.ts";
import { createFileStore } from "../documents/index.ts";
import { documentForms } from "./documents-port.ts";
import { act, type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

const START = "2026-03-02T02:00:00Z"; // Monday 09:00 Vietnam time
let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv(START);
  t.deps.forms = documentForms(createFileStore(mkdtempSync(join(tmpdir(), "motcua-form02-"))));
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(START));

type Session = Awaited<ReturnType<typeof scenario>>["handler"];
async function form(s: Session, code: string, no: string): Promise<string> {
  const res = await s.call(`/api/dossiers/${code}/forms/${no}`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  return pdfText(new Uint8Array(await res.arrayBuffer())).replace(/\s+/g, " ");
}
const count = (text: string, part: string) => text.split(part).length - 1;

describe("supplement requests in writing (Form 02)", () => {
  it("gives the applicant Form 02 with the items and the reason when handling asks for a supplement", async () => {
    const s = await scenario(t);
    const d = (await intake(s.reception, s.codes.communeA, s.proc.code)).body.dossier;
    const req = await act(s.handler, d.code, "request-supplement", {
      version: d.version,
      items: ["Bản sao Giấy chứng nhận kết hôn của cha mẹ"],
      reason: "Thiếu căn cứ xác định quan hệ cha, mẹ",
    });
    expect(req.status).toBe(200);
    const text = await form(s.handler, d.code, "02");
    expect(text).toContain("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
    expect(text).toContain("Bản sao Giấy chứng nhận kết hôn của cha mẹ");
    expect(text).toContain("Thiếu căn cứ xác định quan hệ cha, mẹ");
    expect(text).toContain(d.code);
    expect(text).toContain("NGƯỜI XỬ LÝ HỒ SƠ");
  });

  it("needs a reason and the leader for a second request, and prints both on Form 02", async () => {
    const s = await scenario(t);
    const d = (await intake(s.reception, s.codes.communeA, s.proc.code)).body.dossier;
    await act(s.handler, d.code, "request-supplement", {
      version: d.version,
      items: ["Bản sao Giấy chứng nhận kết hôn"],
      reason: "Thiếu căn cứ xác định quan hệ cha, mẹ",
    });
    const back = await act(s.reception, d.code, "complete-supplement", { version: d.version + 1 });
    expect(back.status).toBe(200);
    const v = back.body.dossier.version;
    const second = {
      version: v,
      items: ["Xác nhận nơi cư trú của người mẹ"],
      reason: "Giấy tờ đã bổ sung ghi nơi cư trú khác tờ khai",
      confirmSecondRequest: true,
    };
    const noReason = await act(s.handler, d.code, "request-supplement", second);
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe("dossiers.second_supplement_needs_reason");
    const repeatReason = "Nơi cư trú trên giấy tờ bổ sung mâu thuẫn với tờ khai ban đầu";
    const byHandler = await act(s.handler, d.code, "request-supplement", {
      ...second,
      repeatReason,
    });
    expect(byHandler.status).toBe(403);
    expect(byHandler.body.code).toBe("dossiers.second_supplement_needs_leader");
    const byLeader = await act(s.leader, d.code, "request-supplement", { ...second, repeatReason });
    expect(byLeader.status).toBe(200);
    expect(byLeader.body.dossier.supplementRequests).toBe(2);
    const text = await form(s.leader, d.code, "02");
    expect(text).toContain("Xác nhận nơi cư trú của người mẹ");
    expect(text).toContain("Lý do yêu cầu bổ sung lần thứ 2");
    expect(text).toContain(repeatReason);
    expect(text).toContain("LÃNH ĐẠO CƠ QUAN");
    const events = await t.db.query<{ data: { approvedBy?: string; repeatReason?: string } }>(
      `SELECT e.data FROM dossier_events e JOIN dossiers x ON x.id = e.dossier_id
        WHERE x.code = $1 AND e.type = 'supplement-requested' ORDER BY e.seq`,
      [d.code],
    );
    expect(events.rows[1].data).toMatchObject({ repeatReason, approvedBy: s.leader.user.fullName });
  });

  it("lists each item once on Form 02 even when the officer retypes a missing component", async () => {
    const s = await scenario(t);
    // The counter form pre-fills the missing components; the officer edits the list by hand.
    const r = await intake(s.reception, s.codes.communeA, s.proc.code, {
      components: [],
      decision: {
        action: "request-completion",
        items: [
          "Tờ khai đăng ký khai sinh".normalize("NFD"),
          "tờ khai  đăng ký khai sinh.",
          "Bản chính Giấy chứng sinh do cơ sở y tế cấp",
          "Bản sao Giấy chứng nhận kết hôn",
        ],
      },
    });
    expect(r.status).toBe(200);
    const text = await form(s.reception, r.body.dossier.code, "02");
    expect(count(text.toLowerCase(), "tờ khai đăng ký khai sinh")).toBe(1);
    // The officer's own wording of a missing component replaces the component's bare name.
    expect(count(text, "Giấy chứng sinh")).toBe(1);
    expect(text).toContain("Bản chính Giấy chứng sinh do cơ sở y tế cấp");
    expect(count(text, "Bản sao Giấy chứng nhận kết hôn")).toBe(1);
  });
});

describe("withdrawal in writing", () => {
  it("issues a downloadable record of the withdrawal and audits it", async () => {
    const s = await scenario(t);
    const d = (await intake(s.reception, s.codes.communeA, s.proc.code)).body.dossier;
    t.clock.advance(3_600_000);
    const w = await act(s.reception, d.code, "withdraw", {
      version: d.version,
      reason: "Người nộp có đơn xin rút hồ sơ để nộp lại sau",
      returned: ["Giấy chứng sinh (bản chính)"],
    });
    expect(w.status).toBe(200);
    expect(w.body.dossier).toMatchObject({ status: 7, state: "withdrawn" });
    const res = await s.reception.call(`/api/dossiers/${d.code}/forms/withdrawal`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("xac-nhan-rut-ho-so.pdf");
    const text = pdfText(new Uint8Array(await res.arrayBuffer())).replace(/\s+/g, " ");
    expect(text).toContain("GIẤY XÁC NHẬN RÚT HỒ SƠ");
    expect(text).toContain(d.code);
    expect(text).toContain("Trần Thị Bình");
    expect(text).toContain("Người nộp có đơn xin rút hồ sơ để nộp lại sau");
    expect(text).toContain("Giấy chứng sinh (bản chính)");
    expect(text).toContain("10 giờ 00"); // withdrawn at 10:00 Vietnam time
    const audit = await t.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE subject_id = $1 AND action = 'dossier.withdrawn'",
      [d.code],
    );
    expect(audit.rows).toHaveLength(1);
    const issued = await t.db.query<{ data: { form: string } }>(
      `SELECT e.data FROM dossier_events e JOIN dossiers x ON x.id = e.dossier_id
        WHERE x.code = $1 AND e.type = 'form-issued'`,
      [d.code],
    );
    expect(issued.rows.map((r) => r.data.form)).toContain("withdrawal");
  });
});
