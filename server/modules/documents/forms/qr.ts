// QR code drawn as vector squares (no raster image): sharp at any print resolution.

import { type PDFPage, rgb } from "pdf-lib";
import QRCode from "qrcode";

/** Draws the QR symbol with its top-left corner at (x, top), size points wide (quiet zone inside). */
export function drawQr(page: PDFPage, text: string, x: number, top: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + 2 * quiet);
  const black = rgb(0, 0, 0);
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
      page.drawRectangle({
        x: x + (quiet + start) * cell,
        y: top - (quiet + r + 1) * cell,
        width: (c - start) * cell,
        height: cell + 0.05,
        color: black,
      });
    }
  }
}
