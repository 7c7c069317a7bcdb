// Adapter to the documents module: renders a form (Circular 03/2025/TT-VPCP, Appendix I) as PDF
// and keeps it in the content-addressed file store.
import { type FileStore, type FormInputs, renderForm } from "../documents/index.ts";
import type { FormService } from "./ports.ts";

export function documentForms(store: FileStore): FormService {
  return {
    async render(_tx, no, data) {
      const pdf = await renderForm(no, data as unknown as FormInputs[typeof no]);
      const stored = await store.put(pdf, {
        declaredName: `mau-${no}.pdf`,
        declaredType: "application/pdf",
      });
      return { sha256: stored.sha256 };
    },
    renderPdf: (no, data) => renderForm(no, data as unknown as FormInputs[typeof no]),
    read: async (sha256) => ((await store.has(sha256)) ? store.get(sha256) : null),
  };
}
