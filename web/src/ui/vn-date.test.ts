import { describe, expect, it } from "vitest";
import {
  parseVnDate,
  parseVnDateTime,
  parseVnTime,
  showVnDate,
  showVnDateTime,
} from "./vn-date.ts";

describe("Vietnamese dates typed at the counter", () => {
  it("reads day first: 03/01/2026 is the 3rd of January, never 1 March", () => {
    expect(parseVnDate("03/01/2026")).toBe("2026-01-03");
    expect(parseVnDate("3/1/2026")).toBe("2026-01-03");
    expect(parseVnDate("03.01.2026")).toBe("2026-01-03");
    expect(showVnDate("2026-01-03")).toBe("03/01/2026");
  });

  it("refuses days that do not exist and the ISO order", () => {
    expect(parseVnDate("31/02/2026")).toBeNull();
    expect(parseVnDate("29/02/2026")).toBeNull();
    expect(parseVnDate("29/02/2028")).toBe("2028-02-29");
    expect(parseVnDate("01/13/2026")).toBeNull();
    expect(parseVnDate("2026-01-03")).toBeNull();
    expect(parseVnDate("")).toBeNull();
  });

  it("reads times on the 24-hour clock", () => {
    expect(parseVnTime("7:30")).toBe("07:30");
    expect(parseVnTime("17h")).toBe("17:00");
    expect(parseVnTime("16h30")).toBe("16:30");
    expect(parseVnTime("24:00")).toBeNull();
    expect(parseVnTime("4:30 PM")).toBeNull();
  });

  it("reads and shows a date with its time", () => {
    expect(parseVnDateTime("05/03/2026 16:30")).toBe("2026-03-05T16:30");
    expect(parseVnDateTime("05/03/2026")).toBeNull();
    expect(showVnDateTime("2026-03-05T16:30")).toBe("05/03/2026 16:30");
  });
});
