// A page of the fast engine: its content stream written as text, operator by operator, with the
// same geometry the pdf-lib engine draws.
import type { Canvas, MeasuredFont } from "../canvas.ts";
import { FastFont } from "./fast-font.ts";

/** A number as PDF writes it: plain decimal, never an exponent. */
export function num(x: number): string {
  if (Math.abs(x) < 1e-6) return "0";
  const s = String(x);
  return s.includes("e") ? x.toFixed(6) : s;
}

export class FastPage implements Canvas {
  readonly ops: string[] = [];
  readonly fonts = new Set<FastFont>();

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  text(text: string, x: number, y: number, size: number, font: MeasuredFont): void {
    if (!(font instanceof FastFont)) throw new TypeError("a fast page draws with prepared fonts");
    this.fonts.add(font);
    this.ops.push(
      `BT\n/${font.resource} ${num(size)} Tf\n1 0 0 1 ${num(x)} ${num(y)} Tm\n<${font.encode(text)}> Tj\nET`,
    );
  }

  line(x1: number, y1: number, x2: number, y2: number, thickness: number): void {
    this.ops.push(
      `q\n0 0 0 RG\n${num(thickness)} w\n${num(x1)} ${num(y1)} m\n${num(x2)} ${num(y2)} l\nS\nQ`,
    );
  }

  box(x: number, y: number, width: number, height: number, thickness: number): void {
    this.ops.push(
      `q\n0 0 0 RG\n${num(thickness)} w\n${num(x)} ${num(y)} ${num(width)} ${num(height)} re\nS\nQ`,
    );
  }

  fillRects(rects: readonly (readonly [number, number, number, number])[]): void {
    const path = rects.map(([x, y, w, h]) => `${num(x)} ${num(y)} ${num(w)} ${num(h)} re`);
    this.ops.push(`q\n0 0 0 rg\n${path.join("\n")}\nf\nQ`);
  }
}
