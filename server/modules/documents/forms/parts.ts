// Paragraphs several forms share: who the dossier belongs to and what it asks for.
import { field } from "./blocks.ts";
import type { Flow } from "./flow.ts";
import type { Applicant, Lang } from "./schemas.ts";
import { applicantLabels, tr } from "./schemas.ts";

export function procedureText(p: { code?: string; name: string }, lang: Lang): string {
  return p.code ? `${p.name} (${tr(lang)("mã", "code")} ${p.code})` : p.name;
}

export function applicantFields(flow: Flow, a: Applicant, lang: Lang, label?: string): void {
  const t = tr(lang);
  const who = applicantLabels(a, lang);
  field(flow, label ?? t("Hồ sơ của", "Dossier of") + (who.of ? ` ${who.of}` : ""), a.name);
  if (a.kind === "organisation") field(flow, who.id, a.idNumber);
  field(flow, who.representative, a.representative);
  field(flow, who.address, a.address);
  const contact = [a.phone, a.email].filter(Boolean).join(" — ");
  field(flow, t("Số điện thoại, thư điện tử", "Phone, e-mail"), contact);
}

/** A numbered or bulleted list, indented. */
export function list(flow: Flow, items: string[], style: "number" | "dash" = "number"): void {
  items.forEach((item, i) => {
    flow.paragraph(`${style === "number" ? `${i + 1}.` : "-"} ${item}`, { indent: 10, after: 1 });
  });
}
