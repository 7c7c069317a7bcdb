// QR code drawn as vector squares (no raster image): sharp at any print resolution.
import QRCode from "qrcode";
import type { Canvas } from "./canvas.ts";

/** Draws the QR symbol with its top-left corner at (x, top), size points wide (quiet zone inside). */
export function drawQr(page: Canvas, text: string, x: number, top: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + 2 * quiet);
  // One path of all the runs, filled once (a rectangle each would repeat the colour and the fill).
  const rects: [number, number, number, number][] = [];
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.modules.get(r, c)) c++;
      // One rectangle per horizontal run; a hair of overlap avoids seams between rows.
      rects.push([
        x + (quiet + start) * cell,
        top - (quiet + r + 1) * cell,
        (c - start) * cell,
        cell + 0.05,
      ]);
    }
  }
  page.fillRects(rects);
}
