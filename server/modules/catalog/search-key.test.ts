import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { likeTerms, searchKey } from "./search-key.ts";

describe("searchKey", () => {
  it("drops accents, đ and case, so an unaccented query meets an accented name", () => {
    expect(searchKey("Đăng ký khai sinh")).toBe("dang ky khai sinh");
    expect(searchKey("  CHỨNG THỰC   bản sao ")).toBe("chung thuc ban sao");
    expect(searchKey("Giấy phép xây dựng")).toBe(searchKey("giay phep xay dung"));
  });

  it("is idempotent and leaves no combining mark", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const k = searchKey(s);
        expect(searchKey(k)).toBe(k);
        expect(/\p{M}|đ|Đ/u.test(k)).toBe(false);
      }),
    );
  });

  it("splits a query into LIKE terms with %, _ and \\ escaped", () => {
    expect(likeTerms("Khai  SINH")).toEqual(["%khai%", "%sinh%"]);
    expect(likeTerms("100%_a\\b")).toEqual(["%100\\%\\_a\\\\b%"]);
    expect(likeTerms("   ")).toEqual([]);
  });
});
