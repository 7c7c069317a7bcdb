import { describe, expect, it } from "vitest";
import { validateEForm } from "./eform.ts";
import { checkEFormSchema, type JsonSchema } from "./eform-schema.ts";

const schema: JsonSchema = {
  type: "object",
  properties: {
    hoTen: { type: "string", title: "Họ tên", minLength: 2, maxLength: 10 },
    soDinhDanh: { type: "string", pattern: "^[0-9]{12}$" },
    ngaySinh: { type: "string", format: "date" },
    gioiTinh: { type: "string", enum: ["Nam", "Nữ"] },
    soBan: { type: "integer", minimum: 1, maximum: 5 },
    dongY: { type: "boolean" },
    con: {
      type: "array",
      maxItems: 2,
      items: { type: "object", properties: { ten: { type: "string" } }, required: ["ten"] },
    },
  },
  required: ["hoTen", "soDinhDanh"],
  additionalProperties: false,
};

describe("e-form validation", () => {
  it("accepts a valid form and schema", () => {
    expect(checkEFormSchema(schema)).toEqual([]);
    expect(
      validateEForm(schema, {
        hoTen: "Lê Thị Hoa",
        soDinhDanh: "079123456789",
        ngaySinh: "2024-02-29",
        gioiTinh: "Nữ",
        soBan: 2,
        dongY: true,
        con: [{ ten: "An" }],
      }),
    ).toEqual([]);
  });

  it("names each bad field", () => {
    const issues = validateEForm(schema, {
      hoTen: "A",
      soDinhDanh: "12ab",
      ngaySinh: "2025-02-29",
      gioiTinh: "X",
      soBan: 1.5,
      dongY: "có",
      con: [{}, {}, {}],
      la: 1,
    });
    expect(issues.map((i) => i.field).sort()).toEqual([
      "con",
      "con.0.ten",
      "con.1.ten",
      "con.2.ten",
      "dongY",
      "gioiTinh",
      "hoTen",
      "la",
      "ngaySinh",
      "soBan",
      "soDinhDanh",
    ]);
    expect(issues.find((i) => i.field === "hoTen")?.vi).toBe("Họ tên tối thiểu 2 ký tự");
    expect(validateEForm(schema, {}).map((i) => [i.field, i.en])).toEqual([
      ["hoTen", "is required"],
      ["soDinhDanh", "is required"],
    ]);
    expect(validateEForm(schema, [])[0]).toMatchObject({ field: "(form)" });
  });

  it("refuses schemas outside the supported subset, naming the place", () => {
    const fields = (s: unknown) => checkEFormSchema(s).map((i) => i.field);
    expect(fields({ type: "string" })).toEqual(["eForm.type"]);
    expect(fields({ type: "object", properties: { a: { type: "string", oneOf: [] } } })).toEqual([
      "eForm.properties.a.oneOf",
    ]);
    expect(
      fields({ type: "object", properties: { a: { type: "string", pattern: "([" } } }),
    ).toEqual(["eForm.properties.a.pattern"]);
    expect(
      fields({ type: "object", properties: { a: { type: "string", format: "uri" } } }),
    ).toEqual(["eForm.properties.a.format"]);
    expect(fields({ type: "object", properties: {}, required: ["x"] })).toEqual(["eForm.required"]);
    expect(fields({ type: "object", properties: { n: { type: "number", minLength: 2 } } })).toEqual(
      ["eForm.properties.n.minLength"],
    );
    expect(fields({ type: "object", properties: { l: { type: "array" } } })).toEqual([
      "eForm.properties.l.items",
    ]);
  });
});
