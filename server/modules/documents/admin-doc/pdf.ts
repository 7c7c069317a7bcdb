// An administrative document as PDF: A4, serif 13 pt, the national heading, number, place and
// date, the title, the body, "Nơi nhận" and the signer block (Decree 30/2020/NĐ-CP Appendix I).
import { heading, signatures } from "../forms/blocks.ts";
import type { Engine } from "../forms/canvas.ts";
import { finishForm, startForm, withFallback } from "../forms/document.ts";
import { table } from "../forms/table.ts";
import { type AdminDocument, adminDocument } from "./model.ts";

export function adminDocumentPdf(input: AdminDocument): Promise<Uint8Array> {
  return withFallback((engine) => render(input, engine));
}

async function render(input: AdminDocument, engine: Engine): Promise<Uint8Array> {
  const d = adminDocument.parse(input);
  const flow = await startForm("A4", 13, "serif", engine);
  heading(flow, { unit: d.unit, number: d.number, place: d.place, issuedAt: d.issuedOn }, "vi");
  flow.paragraph([flow.b(d.title.toUpperCase())], { align: "center", size: 14, after: 1 });
  if (d.subject) flow.paragraph([flow.b(d.subject)], { align: "center", after: 2 });
  flow.gap(8);
  for (const b of d.blocks) {
    if (b.kind === "heading") flow.paragraph([flow.b(b.text)], { after: 3 });
    else if (b.kind === "paragraph")
      for (const line of b.text.split("\n").filter((l) => l.trim()))
        flow.paragraph(line, { indent: 0, after: 3 });
    else {
      table(
        flow,
        b.columns,
        b.rows.length ? b.rows : [b.columns.map((_, i) => (i === 0 ? "—" : ""))],
      );
      flow.gap(6);
    }
  }
  flow.gap(4);
  signatures(flow, [{ signer: d.signer, hint: "sign_seal" }], "vi", d.recipients);
  return finishForm(
    flow,
    { unit: d.unit, issuedAt: d.issuedOn, reference: d.number },
    `${d.title} ${d.subject ?? ""}`.trim(),
    "vi",
  );
}
