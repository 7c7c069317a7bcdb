// A top-down writer over pages: it keeps the cursor, wraps paragraphs and starts a new page when
// the next piece does not fit.
import type { Canvas, FormDoc, FormFonts } from "./canvas.ts";
import { type Align, drawLines, LEADING, type Run, wrapRuns } from "./text.ts";

const MM = 72 / 25.4;
export const PAGE_SIZES = {
  A5: [148 * MM, 210 * MM],
  A4: [210 * MM, 297 * MM],
  A4L: [297 * MM, 210 * MM],
} as const;
export type PageFormat = keyof typeof PAGE_SIZES;

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const MARGINS: Record<PageFormat, Margins> = {
  A5: { top: 12 * MM, right: 10 * MM, bottom: 12 * MM, left: 16 * MM },
  // Decree 30/2020/NĐ-CP Appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
  A4: { top: 20 * MM, right: 15 * MM, bottom: 20 * MM, left: 30 * MM },
  A4L: { top: 12 * MM, right: 12 * MM, bottom: 12 * MM, left: 15 * MM },
};

export interface ParagraphOpts {
  size?: number;
  align?: Align;
  /** Left offset inside the content box. */
  indent?: number;
  /** Width override (default: the content width less the indent). */
  width?: number;
  leading?: number;
  /** Space after, in points. */
  after?: number;
}

export class Flow {
  page!: Canvas;
  y = 0;
  readonly width: number;
  readonly height: number;
  readonly margin: Margins;
  /** Called after each automatic page break (e.g. to repeat a table header). */
  onNewPage: (() => void) | undefined;
  readonly fonts: FormFonts;

  constructor(
    readonly doc: FormDoc,
    readonly format: PageFormat,
    readonly baseSize: number,
  ) {
    this.fonts = doc.fonts;
    [this.width, this.height] = PAGE_SIZES[format];
    this.margin = MARGINS[format];
    this.addPage();
  }

  get left(): number {
    return this.margin.left;
  }
  get contentWidth(): number {
    return this.width - this.margin.left - this.margin.right;
  }

  addPage(): void {
    this.page = this.doc.addPage(this.width, this.height);
    this.y = this.height - this.margin.top;
  }

  /** Room left above the bottom margin. */
  room(): number {
    return this.y - this.margin.bottom;
  }

  /** Starts a new page when h points do not fit. */
  ensure(h: number): void {
    if (h > this.room()) {
      this.addPage();
      this.onNewPage?.();
    }
  }

  gap(h: number): void {
    this.y -= h;
  }

  r(text: string): Run {
    return { text, font: this.fonts.regular };
  }
  b(text: string): Run {
    return { text, font: this.fonts.bold };
  }
  i(text: string): Run {
    return { text, font: this.fonts.italic };
  }

  /** A wrapped paragraph; lines that do not fit go on to the next page. */
  paragraph(runs: Run[] | string, opts: ParagraphOpts = {}): void {
    const size = opts.size ?? this.baseSize;
    const indent = opts.indent ?? 0;
    const width = opts.width ?? this.contentWidth - indent;
    const leading = opts.leading ?? size * LEADING;
    const lines = wrapRuns(typeof runs === "string" ? [this.r(runs)] : runs, size, width);
    for (const line of lines) {
      this.ensure(leading);
      drawLines(this.page, [line], {
        x: this.left + indent,
        y: this.y,
        width,
        size,
        align: opts.align,
        leading,
      });
      this.y -= leading;
    }
    this.y -= opts.after ?? 0;
  }

  hline(x1: number, x2: number, y: number, thickness = 0.6): void {
    this.page.line(x1, y, x2, y, thickness);
  }
}
