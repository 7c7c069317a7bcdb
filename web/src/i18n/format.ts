// Numbers, money and durations the way readers of each language expect them.
import type { Key, Lang, T } from "./index.tsx";

export function money(lang: Lang, amount: number): string {
  const n = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB").format(amount);
  return lang === "vi" ? `${n} đồng` : `VND ${n}`;
}

export function duration(t: T, d: { value: number; unit: string }): string {
  const key = `duration.${d.unit}` as Key;
  return t(key, { n: d.value });
}

export function number(lang: Lang, n: number, digits = 0): string {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(n);
}
