import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AccTestEnv, accTestEnv, intake, json, scenario, signInAs } from "./test-env.ts";

const START = "2026-03-02T02:00:00Z"; // Monday 09:00; dossiers due Thursday 09:00
let t: AccTestEnv;
beforeAll(async () => {
  t = await accTestEnv(START);
});
afterAll(() => t.close());

describe("the compliance view", () => {
  it("shows the late dossiers with and without explanation and apology, as JSON and Excel", async () => {
    t.clock.set(START);
    const s = await scenario(t);
    const explained = await intake(s.reception, s.codes.communeA, s.proc.code);
    const missing = await intake(s.reception, s.codes.communeA, s.proc.code);
    const onTime = await intake(s.reception, s.codes.communeA, s.proc.code);
    t.clock.set("2026-03-02T03:00:00Z");
    // On time: the review is handed on at once, so the dossier is not late on Thursday.
    for (const [action, who, version] of [
      ["forward", s.handler, 2],
      ["approve", s.leader, 3],
      ["issue-result", s.handler, 4],
    ] as const) {
      const body =
        action === "issue-result"
          ? { version, resultCode: "KS-1", file: "a".repeat(64) }
          : { version };
      expect(
        (await who.call(`/api/dossiers/${onTime.code}/actions/${action}`, { method: "POST", body }))
          .status,
      ).toBe(200);
    }
    t.clock.set("2026-03-05T03:00:00Z"); // Thursday 10:00
    const handler = await signInAs(t, s.handler.user.username);
    const head = await signInAs(t, s.head.user.username);
    const x = await handler.call(`/api/dossiers/${explained.code}/late/explanation`, {
      method: "POST",
      body: { reason: "Hồ sơ cần xác minh thực địa", proposedDueAt: "2026-03-09T17:00:00+07:00" },
    });
    expect(x.status).toBe(200);
    expect(
      (
        await head.call(`/api/dossiers/${explained.code}/late/approve`, {
          method: "POST",
          body: { version: 1 },
        })
      ).status,
    ).toBe(200);

    const q = `agency=${s.codes.communeA}&from=2026-03-01&to=2026-03-31`;
    const v = await json(await head.call(`/api/accountability/compliance?${q}`));
    expect(v.status).toBe(200);
    expect(v.body.summary).toEqual({
      late: 2,
      withExplanation: 1,
      withApology: 1,
      apologyBeforeDue: 0,
      missingExplanation: 1,
      missingApology: 1,
    });
    const states = Object.fromEntries(
      v.body.dossiers.map((d: { code: string; state: string }) => [d.code, d.state]),
    );
    expect(states).toEqual({ [explained.code]: "apologised", [missing.code]: "missing" });
    // Each late dossier says why it counts as late: here, still open past its appointment.
    const why = v.body.dossiers.find((d: { code: string }) => d.code === missing.code).whyLate;
    expect(why.vi).toBe("Chưa giải quyết xong, đã quá hẹn trả 09:00 05/03/2026 (1 giờ)");
    expect(why.en).toBe("Not finished, past the appointment 09:00 05/03/2026 (1 hour)");

    const other = await json(
      await head.call(
        `/api/accountability/compliance?agency=${s.codes.communeB}&from=2026-03-01&to=2026-03-31`,
      ),
    );
    expect(other.status).toBe(403);
    const xlsx = await head.call(`/api/accountability/compliance.xlsx?${q}`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    // Typed cells: dates are Excel dates in Vietnam time, counts are numbers, the reason is said.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await (await head.call(`/api/accountability/compliance.xlsx?${q}`)).arrayBuffer()) as never,
    );
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const col = (h: string) => header.indexOf(h) + 1;
    const row = [2, 3].map((r) => ws.getRow(r)).find((r) => r.getCell(1).value === missing.code)!;
    const due = row.getCell(col("Hẹn trả"));
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe("2026-03-05T09:00:00.000Z"); // 09:00 Vietnam time
    expect(due.numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(row.getCell(col("Kết thúc xử lý")).value).toBeNull();
    expect(row.getCell(col("Số lần yêu cầu bổ sung")).value).toBe(0);
    expect(row.getCell(col("Vì sao trễ hạn")).value).toBe(why.vi);
    const summary = wb.worksheets[1];
    expect(summary.getCell("B3").value).toBe(2);
  });
});
