import fontkit from "@pdf-lib/fontkit";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { embedFonts } from "./fonts.ts";
import { stepResult } from "./step-result.ts";
import { lineWidth, wrapRuns } from "./text.ts";
import { longDateTime, vnParts } from "./vn-time.ts";

describe("text wrapping", () => {
  it("keeps every line within the width and breaks long codes after a hyphen", async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const { regular, bold } = await embedFonts(doc);
    const runs = [
      { text: "Nội dung yêu cầu giải quyết: ", font: regular },
      {
        text: "Đăng ký khai sinh kết hợp đăng ký thường trú H58.27-260315-0042-H58.27-260315-0043",
        font: bold,
      },
    ];
    const lines = wrapRuns(runs, 9, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(lineWidth(l)).toBeLessThanOrEqual(120.01);
    const words = lines
      .flat()
      .filter((t) => !t.space)
      .map((t) => t.text);
    expect(words.some((w) => w.endsWith("-"))).toBe(true);
    expect(
      lines
        .flat()
        .map((t) => t.text)
        .join(""),
    ).toContain("giải");
  });
});

describe("Vietnam time", () => {
  it("is UTC+7 across the date line", () => {
    expect(vnParts(new Date("2026-03-14T17:00:00Z"))).toMatchObject({ day: 15, hour: 0 });
    expect(longDateTime(new Date("2026-12-31T16:59:00Z"), "vi")).toBe(
      "23 giờ 59 phút, ngày 31 tháng 12 năm 2026",
    );
  });
});

describe("stepResult", () => {
  const due = new Date("2026-03-16T09:00:00Z"); // 16:00 Vietnam time
  it("classifies early, on time, late and unfinished", () => {
    expect(stepResult(due, new Date("2026-03-15T09:00:00Z"))).toBe("early");
    expect(stepResult(due, new Date("2026-03-16T01:00:00Z"))).toBe("on_time");
    expect(stepResult(due, due)).toBe("on_time");
    expect(stepResult(due, new Date("2026-03-16T09:00:01Z"))).toBe("late");
    expect(stepResult(due, undefined)).toBeUndefined();
  });
});
