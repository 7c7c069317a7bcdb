import { describe, expect, it } from "vitest";
import { sevenPartsMissing } from "./seven-parts.ts";

const complete = {
  name: "Đăng ký khai sinh",
  sequence: ["Bước 1: nộp hồ sơ"],
  methods: ["counter" as const],
  components: [{ name: "Tờ khai", required: true }],
  sets: 1,
  duration: { value: 1, unit: "same-day" as const },
  applicantTypes: ["citizen" as const],
  agencies: ["H58.27"],
};

describe("the seven parts of a published procedure", () => {
  it("finds nothing missing in a complete procedure", () => {
    expect(sevenPartsMissing(complete)).toEqual([]);
  });

  it("names every missing part, in the law's order", () => {
    expect(sevenPartsMissing({ ...complete, sequence: [" "], agencies: [], sets: null })).toEqual([
      "sequence",
      "components",
      "agency",
    ]);
    expect(
      sevenPartsMissing({
        ...complete,
        duration: { value: 0, unit: "working-days" },
        applicantTypes: [],
        methods: [],
      }),
    ).toEqual(["method", "duration", "applicantTypes"]);
    expect(sevenPartsMissing({})).toEqual([
      "name",
      "sequence",
      "method",
      "components",
      "duration",
      "applicantTypes",
      "agency",
    ]);
  });
});
