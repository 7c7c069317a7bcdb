/** Accent-insensitive text for client-side filters: "Tân Phước" and "tan phuoc" fold the same. */
export const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
