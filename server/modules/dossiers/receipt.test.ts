// The receipt cache: one render per content, shared by concurrent requests, bounded in bytes.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFileStore } from "../documents/index.ts";
import { documentForms } from "./documents-port.ts";
import { PdfCache } from "./receipt.ts";

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

describe("the receipt cache", () => {
  it("renders once per content, also for requests that arrive together", async () => {
    const cache = new PdfCache(1000);
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 10));
      return bytes(10);
    };
    const [a, b] = await Promise.all([cache.get("k", render), cache.get("k", render)]);
    expect(a).toBe(b);
    await cache.get("k", render);
    expect(renders).toBe(1);
    await cache.get("other", render);
    expect(renders).toBe(2);
  });

  it("drops the least recently used past its size", async () => {
    const cache = new PdfCache(25);
    let renders = 0;
    const render = (fill: number) => async () => {
      renders++;
      return bytes(10, fill);
    };
    await cache.get("a", render(1));
    await cache.get("b", render(2));
    await cache.get("a", render(1)); // a is now the most recent
    await cache.get("c", render(3)); // 30 bytes > 25: b goes
    expect(renders).toBe(3);
    await cache.get("a", render(1));
    expect(renders).toBe(3);
    await cache.get("b", render(2));
    expect(renders).toBe(4);
  });

  it("renders a real PDF without storing it", async () => {
    const forms = documentForms(createFileStore(mkdtempSync(join(tmpdir(), "motcua-receipt-"))));
    const { formSamples } = await import("../documents/index.ts");
    const pdf = await forms.renderPdf("01", formSamples.sample01 as never);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
  });
});
