import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { isAppError } from "../../platform/errors.ts";
import { toXlsx } from "./xlsx.ts";

describe("toXlsx", () => {
  it("writes sheets with Vietnamese headers that read back", async () => {
    const received = new Date("2026-03-15T01:30:00Z");
    const buf = await toXlsx([
      {
        name: "Hồ sơ trễ hạn: tháng 3/2026",
        columns: [
          { header: "Mã hồ sơ", key: "code", width: 22 },
          { header: "Cơ quan giải quyết", key: "agency" },
          { header: "Ngày tiếp nhận", key: "received" },
          { header: "Số ngày trễ", key: "late" },
        ],
        rows: [
          { code: "H58.27-260315-0042", agency: "UBND xã Tân Phước", received, late: 2 },
          { code: "H58.27-260316-0001", agency: "Sở Xây dựng", received, late: 0 },
        ],
      },
      { name: "Tổng hợp", columns: [{ header: "Chỉ số", key: "k" }], rows: [{ k: "Đúng hạn" }] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as never);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe("Hồ sơ trễ hạn- tháng 3-2026");
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "Mã hồ sơ",
      "Cơ quan giải quyết",
      "Ngày tiếp nhận",
      "Số ngày trễ",
    ]);
    expect(ws.getCell("A2").value).toBe("H58.27-260315-0042");
    expect((ws.getCell("C2").value as Date).toISOString()).toBe(received.toISOString());
    expect(ws.getCell("D2").value).toBe(2);
    expect(ws.rowCount).toBe(3);
    expect(wb.worksheets[1].getCell("A2").value).toBe("Đúng hạn");
  });

  it('types the cells: numbers stay numbers (no "N/A"), dates are Excel dates in Vietnam time', async () => {
    const buf = await toXlsx([
      {
        name: "Chỉ số",
        columns: [
          { header: "Mã", key: "id" },
          { header: "Tỷ lệ (%)", key: "rate", type: "number", format: "0.00" },
          { header: "Ngày", key: "day", type: "date" },
          { header: "Lúc", key: "at", type: "datetime" },
        ],
        rows: [
          { id: "1.4", rate: 45.05, day: "2026-03-15T17:30:00Z", at: "2026-03-15T17:30:00Z" },
          { id: "5.2", rate: "N/A", day: null, at: "không phải ngày" },
        ],
      },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as never);
    const ws = wb.worksheets[0];
    expect(ws.getCell("B2").value).toBe(45.05);
    expect(ws.getCell("B2").numFmt).toBe("0.00");
    expect(ws.getCell("B3").value).toBeNull();
    // 17:30 UTC on the 15th is 00:30 on the 16th in Vietnam: the cell reads 16/03/2026 00:30.
    expect((ws.getCell("C2").value as Date).toISOString()).toBe("2026-03-16T00:30:00.000Z");
    expect(ws.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("D2").numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(ws.getCell("D3").value).toBeNull();
  });

  it("refuses an empty workbook", async () => {
    const e = await toXlsx([]).catch((x) => x);
    expect(isAppError(e) && e.code).toBe("documents.empty_workbook");
  });
});
