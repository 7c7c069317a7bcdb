// A ruled table whose cells wrap; the header row repeats on every page the table runs onto.
import type { Flow } from "./flow.ts";
import { type Align, drawLines, type Line, wrapRuns } from "./text.ts";

export interface Column {
  header: string;
  /** Relative width. */
  width: number;
  align?: Align;
}

const PAD = 2.5;

export function table(
  flow: Flow,
  columns: Column[],
  rows: string[][],
  size = flow.baseSize - 1.5,
): void {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * flow.contentWidth);
  const leading = size * 1.25;
  const layout = (cells: string[], bold: boolean): Line[][] =>
    cells.map((text, i) =>
      wrapRuns(
        [{ text, font: bold ? flow.fonts.bold : flow.fonts.regular }],
        size,
        widths[i] - 2 * PAD,
      ),
    );
  const heightOf = (cells: Line[][]) =>
    Math.max(1, ...cells.map((l) => l.length)) * leading + 2 * PAD;

  const drawRow = (cells: Line[][], aligns: (Align | undefined)[]) => {
    const h = heightOf(cells);
    let x = flow.left;
    const top = flow.y;
    cells.forEach((lines, i) => {
      flow.page.box(x, top - h, widths[i], h, 0.5);
      drawLines(flow.page, lines, {
        x: x + PAD,
        y: top - PAD + (leading - size) / 2 - 0.5,
        width: widths[i] - 2 * PAD,
        size,
        align: aligns[i],
        leading,
      });
      x += widths[i];
    });
    flow.y -= h;
  };

  const header = layout(
    columns.map((c) => c.header),
    true,
  );
  const drawHeader = () =>
    drawRow(
      header,
      columns.map(() => "center"),
    );
  const body = rows.map((r) => layout(r, false));
  flow.ensure(heightOf(header) + (body[0] ? heightOf(body[0]) : 0));
  drawHeader();
  const previous = flow.onNewPage;
  flow.onNewPage = drawHeader;
  for (const cells of body) {
    flow.ensure(heightOf(cells));
    drawRow(
      cells,
      columns.map((c) => c.align),
    );
  }
  flow.onNewPage = previous;
  flow.gap(6);
}
