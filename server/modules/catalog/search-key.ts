// Accent-insensitive search: "dang ky khai sinh" finds "Đăng ký khai sinh". The same function
// builds the stored column and the query, so both sides always agree.

/** NFD, strip combining marks, đ→d, lower-case, collapse spaces. */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a query, each escaped for LIKE (with ESCAPE '\'). */
export function likeTerms(query: string): string[] {
  return searchKey(query)
    .split(" ")
    .filter(Boolean)
    .slice(0, 10)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
