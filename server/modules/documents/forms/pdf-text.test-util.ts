// Test helper: the text of a PDF as poppler's pdftotext reads it (CI installs poppler-utils).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function pdfText(pdf: Uint8Array, layout = false): string {
  const dir = mkdtempSync(join(tmpdir(), "motcua-pdf-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, pdf);
    const args = layout ? ["-layout", file, "-"] : [file, "-"];
    return execFileSync("pdftotext", args, { encoding: "utf8" }).normalize("NFC");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
