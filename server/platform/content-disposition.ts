// Content-Disposition with a file name that cannot break the header: an ASCII fallback in
// `filename` and the exact UTF-8 name in `filename*` (RFC 6266, RFC 5987 / RFC 8187).
export function contentDisposition(kind: "inline" | "attachment", name: string): string {
  const ascii =
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
      .replace(/[^\x20-\x7E]|["\\;]/g, "_")
      .slice(0, 200) || "tep";
  const exact = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${exact}`;
}
