// Language: Vietnamese by default; English stored in the `lang` cookie so the server answers
// (problem+json titles, role names) in the same language.
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { en } from "./en.ts";
import { type Key, vi } from "./vi.ts";

export type Lang = "vi" | "en";
export type { Key };

const DICTS: Record<Lang, Record<Key, string>> = { vi, en };

export function readLangCookie(): Lang {
  const m = /(?:^|;\s*)lang=(vi|en)\b/.exec(document.cookie);
  // No choice yet: Vietnamese, written down so the server answers in it too (not in the
  // browser's Accept-Language).
  if (!m) writeLangCookie("vi");
  return m?.[1] === "en" ? "en" : "vi";
}

function writeLangCookie(lang: Lang) {
  // biome-ignore lint/suspicious/noDocumentCookie: a plain cookie the server reads (langOf); the Cookie Store API is not in every browser the province supports
  document.cookie = `lang=${lang}; path=/; max-age=31536000; samesite=lax`;
}

export type T = (key: Key, vars?: Record<string, string | number>) => string;

export function translate(lang: Lang, key: Key, vars?: Record<string, string | number>): string {
  const s = DICTS[lang][key] ?? key;
  return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
}

interface I18n {
  lang: Lang;
  t: T;
  setLang(lang: Lang): void;
}

const Ctx = createContext<I18n | null>(null);

export function I18nProvider({
  children,
  onChange,
}: {
  children: ReactNode;
  onChange?: (l: Lang) => void;
}) {
  const [lang, setState] = useState<Lang>(readLangCookie);
  const setLang = useCallback(
    (l: Lang) => {
      writeLangCookie(l);
      document.documentElement.lang = l;
      setState(l);
      onChange?.(l);
    },
    [onChange],
  );
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (k, v) => translate(lang, k, v) }),
    [lang, setLang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error("useI18n outside I18nProvider");
  return v;
}

export const useT = () => useI18n().t;

/** Dates as the people reading them write them: 02/03/2026 (vi) or 2 Mar 2026 (en). */
export function formatDate(lang: Lang, d: string | Date | null | undefined): string {
  if (!d) return "";
  const date =
    typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d)
      ? new Date(`${d}T00:00:00+07:00`)
      : new Date(d);
  return date.toLocaleDateString(lang === "vi" ? "vi-VN" : "en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: lang === "vi" ? "2-digit" : "short",
    year: "numeric",
  });
}

export function formatDateTime(lang: Lang, d: string | Date | null | undefined): string {
  if (!d) return "";
  return new Date(d).toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
}
