// Paragraphs several forms share: who the dossier belongs to and what it asks for.
import { field } from "./blocks.ts";
import type { Flow } from "./flow.ts";
import type { Applicant, Lang } from "./schemas.ts";
import { tr } from "./schemas.ts";

export function procedureText(p: { code?: string; name: string }, lang: Lang): string {
  return p.code ? `${p.name} (${tr(lang)("mã", "code")} ${p.code})` : p.name;
}

export function applicantFields(flow: Flow, a: Applicant, lang: Lang, label?: string): void {
  const t = tr(lang);
  field(flow, label ?? t("Hồ sơ của", "Dossier of"), a.name);
  field(flow, t("Người nộp thay", "Filed by"), a.representative);
  field(flow, t("Địa chỉ", "Address"), a.address);
  const contact = [a.phone, a.email].filter(Boolean).join(" — ");
  field(flow, t("Số điện thoại, thư điện tử", "Phone, e-mail"), contact);
}

/** A numbered or bulleted list, indented. */
export function list(flow: Flow, items: string[], style: "number" | "dash" = "number"): void {
  items.forEach((item, i) => {
    flow.paragraph(`${style === "number" ? `${i + 1}.` : "-"} ${item}`, { indent: 10, after: 1 });
  });
}
