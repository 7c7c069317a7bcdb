// Registers and numbers (Circular 03/2025/TT-VPCP, Forms 01 and 07): every dossier a unit receives
// is entered in the unit's book under its own number, printed on the receipt; the register is
// obtainable per unit and period as PDF and as Excel with typed cells; the receipt states the
// legal time as the catalogue announces it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signIn } from "../../test-support.ts";
import { pdfText } from "../documents/forms/pdf-text.test-util.ts";
import { createFileStore } from "../documents/index.ts";
import { documentForms } from "./documents-port.ts";
import {
  act,
  birthRegistration,
  type DossierTestEnv,
  dossierTestEnv,
  intake,
  scenario,
} from "./test-env.ts";

const START = "2026-03-02T02:00:00Z"; // Monday 09:00 Vietnam time
let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv(START);
  t.deps.forms = documentForms(createFileStore(mkdtempSync(join(tmpdir(), "motcua-register-"))));
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(START));

type Session = Awaited<ReturnType<typeof scenario>>["reception"];
const flat = (s: string) => s.replace(/\s+/g, " ");
async function receipt(s: Session, code: string): Promise<string> {
  const res = await s.call(`/api/dossiers/${code}/receipt`);
  expect(res.status).toBe(200);
  return flat(pdfText(new Uint8Array(await res.arrayBuffer())));
}
async function entries(unit: string) {
  const r = await t.db.query<{ code: string; book: string; seq: number }>(
    `SELECT d.code, g.book, g.seq FROM dossier_register g JOIN dossiers d ON d.id = g.dossier_id
      WHERE g.unit_code = $1 ORDER BY g.seq`,
    [unit],
  );
  return r.rows;
}

describe("the unit's register", () => {
  it("numbers each received dossier in the unit's book and prints book and number on Form 01", async () => {
    const s = await scenario(t);
    const a = (await intake(s.reception, s.codes.communeA, s.proc.code)).body.dossier;
    const b = (await intake(s.reception, s.codes.communeA, s.proc.code)).body.dossier;
    expect(await entries(s.codes.communeA)).toEqual([
      { code: a.code, book: "01/2026", seq: 1 },
      { code: b.code, book: "01/2026", seq: 2 },
    ]);
    expect(await receipt(s.reception, b.code)).toContain(
      "Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026, Số thứ tự: 2",
    );
    // Another unit keeps its own book.
    const other = await s.as("reception", s.codes.communeB);
    await intake(other, s.codes.communeB, s.proc.code);
    expect((await entries(s.codes.communeB)).map((e) => e.seq)).toEqual([1]);
  });

  it("never gives two receptions at once the same number", async () => {
    const s = await scenario(t);
    const n = 8;
    const done = await Promise.all(
      Array.from({ length: n }, () => intake(s.reception, s.codes.communeA, s.proc.code)),
    );
    expect(done.map((r) => r.status)).toEqual(Array(n).fill(200));
    const seqs = (await entries(s.codes.communeA)).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    // Dossiers submitted earlier (their codes already taken) received at the same instant: only
    // the register orders them.
    const waiting = [];
    for (let i = 0; i < n; i++) {
      const r = await intake(s.reception, s.codes.communeA, s.proc.code, { decision: undefined });
      expect(r.body.dossier.status).toBe(1);
      waiting.push(r.body.dossier as { code: string; version: number });
    }
    const received = await Promise.all(
      waiting.map((d) => act(s.reception, d.code, "receive", { version: d.version })),
    );
    expect(received.map((r) => r.status)).toEqual(Array(n).fill(200));
    const all = (await entries(s.codes.communeA)).map((e) => e.seq);
    expect(all).toEqual(Array.from({ length: 2 * n }, (_, i) => i + 1));
  });

  it("prints the legal time as announced: months as months, same-day as such", async () => {
    const s = await scenario(t);
    const months = birthRegistration([s.codes.communeA], {
      duration: { value: 3, unit: "months" },
    });
    const sameDay = birthRegistration([s.codes.communeA], {
      duration: { value: 0, unit: "same-day" },
    });
    t.procedures.set(months.code, months);
    t.procedures.set(sameDay.code, sameDay);
    const m = (await intake(s.reception, s.codes.communeA, months.code)).body.dossier;
    const text = await receipt(s.reception, m.code);
    expect(text).toContain("3. Thời gian giải quyết hồ sơ theo quy định: 3 tháng");
    expect(text).not.toContain("90 ngày");
    const d = (await intake(s.reception, s.codes.communeA, sameDay.code)).body.dossier;
    expect(await receipt(s.reception, d.code)).toContain(
      "3. Thời gian giải quyết hồ sơ theo quy định: Trong ngày",
    );
  });

  it("gives Form 07 of a unit and period as PDF and as Excel with typed cells, to its officers only", async () => {
    const s = await scenario(t);
    const a = (await intake(s.reception, s.codes.communeA, s.proc.code)).body.dossier;
    t.clock.set("2026-03-10T03:30:00Z"); // 10:30 Vietnam time, a week later: new sessions
    const reception = await signIn(t.api as never, s.reception.user.username);
    const leader = await signIn(t.api as never, s.leader.user.username);
    const b = (await intake(reception, s.codes.communeA, s.proc.code)).body.dossier;
    const url = (q: string) => `/api/registers/${s.codes.communeA}?${q}`;

    const pdf = await leader.call(url("from=2026-03-01&to=2026-03-31"));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = flat(pdfText(new Uint8Array(await pdf.arrayBuffer())));
    expect(text).toContain("SỔ THEO DÕI HỒ SƠ");
    expect(text).toContain("Quyển số: 01/2026");
    // Codes wrap inside their narrow column: compare without the line-break hyphen.
    const squash = (x: string) => x.replace(/[-\s]/g, "");
    expect(squash(text)).toContain(squash(a.code));
    expect(squash(text)).toContain(squash(b.code));
    // The period cuts by Vietnam date: the first week holds only the first dossier.
    const week = await reception.call(url("from=2026-03-02&to=2026-03-08"));
    const weekText = flat(pdfText(new Uint8Array(await week.arrayBuffer())));
    expect(squash(weekText)).toContain(squash(a.code));
    expect(squash(weekText)).not.toContain(squash(b.code));

    const xlsx = await reception.call(url("from=2026-03-01&to=2026-03-31&format=xlsx"));
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe("STT");
    const row = ws.getRow(3);
    expect(row.getCell(1).value).toBe(2); // a number, not text
    expect(row.getCell(3).value).toBe(b.code);
    const received = row.getCell(9).value as Date;
    expect(received).toBeInstanceOf(Date);
    expect(received.toISOString()).toBe("2026-03-10T10:30:00.000Z"); // shown as 10:30 (UTC+7)
    expect(row.getCell(9).numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(row.getCell(5).value).toBe(1);

    const outsider = await s.as("reception", s.codes.communeB);
    expect((await outsider.call(url("from=2026-03-01&to=2026-03-31"))).status).toBe(403);
    const read = await t.db.query(
      "SELECT 1 FROM audit_log WHERE action = 'personal_data.read' AND subject_type = 'register' AND subject_id = $1",
      [s.codes.communeA],
    );
    expect(read.rows.length).toBeGreaterThanOrEqual(3);
  });
});
