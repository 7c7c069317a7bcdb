// Text measuring and wrapping with mixed fonts ("runs"): a label in regular, its value in bold.
import type { Canvas, MeasuredFont } from "./canvas.ts";

export interface Run {
  text: string;
  font: MeasuredFont;
}

export type Align = "left" | "center" | "right";

interface Token {
  text: string;
  font: MeasuredFont;
  width: number;
  space: boolean;
}
export type Line = Token[];

/** Line height as a multiple of the font size. */
export const LEADING = 1.3;

/** NFC so that decomposed input (e + combining marks) uses the font's precomposed glyphs. */
export function clean(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\t/g, " ");
}

/** Breaks a word wider than the line: after a hyphen or slash when one fits, else anywhere. */
function splitLong(word: string, font: MeasuredFont, size: number, max: number): string[] {
  const out: string[] = [];
  let rest = word;
  while (font.widthOfTextAtSize(rest, size) > max) {
    const chars = Array.from(rest);
    let fit = 0;
    while (
      fit < chars.length &&
      font.widthOfTextAtSize(chars.slice(0, fit + 1).join(""), size) <= max
    )
      fit++;
    fit = Math.max(fit, 1);
    const head = chars.slice(0, fit).join("");
    const soft = Math.max(head.lastIndexOf("-"), head.lastIndexOf("/"));
    const cut = soft > 0 ? soft + 1 : head.length;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

/** Lays runs into lines no wider than maxWidth; "\n" forces a break. */
export function wrapRuns(runs: Run[], size: number, maxWidth: number): Line[] {
  const lines: Line[] = [[]];
  let width = 0;
  const push = (tok: Token) => {
    const line = lines[lines.length - 1];
    if (tok.space) {
      if (line.length === 0) return; // no leading space on a wrapped line
      line.push(tok);
      width += tok.width;
      return;
    }
    if (width + tok.width > maxWidth && line.length > 0) {
      while (line.length && line[line.length - 1].space) line.pop();
      lines.push([]);
      width = 0;
    }
    lines[lines.length - 1].push(tok);
    width += tok.width;
  };
  for (const run of runs) {
    const parts = clean(run.text).split(/(\n| +)/);
    for (const part of parts) {
      if (part === "") continue;
      if (part === "\n") {
        lines.push([]);
        width = 0;
        continue;
      }
      const space = part.trim() === "";
      const pieces = space ? [" "] : splitLong(part, run.font, size, maxWidth);
      for (const p of pieces)
        push({ text: p, font: run.font, width: run.font.widthOfTextAtSize(p, size), space });
    }
  }
  for (const line of lines) while (line.length && line[line.length - 1].space) line.pop();
  return lines;
}

export function lineWidth(line: Line): number {
  return line.reduce((w, t) => w + t.width, 0);
}

/** Draws lines top-down from y (the top of the first line); returns the height used. */
export function drawLines(
  page: Canvas,
  lines: Line[],
  opts: { x: number; y: number; width: number; size: number; align?: Align; leading?: number },
): number {
  const leading = opts.leading ?? opts.size * LEADING;
  let baseline = opts.y - opts.size;
  for (const line of lines) {
    const w = lineWidth(line);
    let x = opts.x;
    if (opts.align === "center") x += (opts.width - w) / 2;
    if (opts.align === "right") x += opts.width - w;
    for (const tok of line) {
      if (!tok.space) page.text(tok.text, x, baseline, opts.size, tok.font);
      x += tok.width;
    }
    baseline -= leading;
  }
  return lines.length * leading;
}

/** Height that drawLines would use. */
export function linesHeight(lines: Line[], size: number, leading?: number): number {
  return lines.length * (leading ?? size * LEADING);
}

/** The narrowest width that keeps the same number of lines: centred titles wrap evenly. */
export function balancedWidth(runs: Run[], size: number, maxWidth: number): number {
  const n = wrapRuns(runs, size, maxWidth).length;
  if (n < 2) return maxWidth;
  let w = maxWidth;
  while (w > maxWidth / 2 && wrapRuns(runs, size, w - 4).length === n) w -= 4;
  return w;
}
