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

  it("refuses an empty workbook", async () => {
    const e = await toXlsx([]).catch((x) => x);
    expect(isAppError(e) && e.code).toBe("documents.empty_workbook");
  });
});
