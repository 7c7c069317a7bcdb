// The characters the fast engine prepares: every Vietnamese letter (precomposed, as NFC text has
// them), Latin-1 and Latin Extended-A, digits, and the punctuation forms use. In both faces each
// of them, alone or next to any other of them, shapes to the one glyph its code point maps to
// (no contextual form; DejaVu's f-ligatures ff, fi, fl, ffi, ffl are taken as shaping takes them,
// prepared-font.ts), so widths and glyphs can be taken per character. The soft
// hyphen is left out (shaping drops it): text with it, or any other character, goes to pdf-lib.
const ranges: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x17f],
  [0x1a0, 0x1a1],
  [0x1af, 0x1b0],
  [0x1ea0, 0x1ef9],
  [0x2010, 0x2015],
  [0x2018, 0x201e],
  [0x2020, 0x2022],
  [0x2026, 0x2026],
  [0x2030, 0x2030],
  [0x2032, 0x2033],
  [0x2039, 0x203a],
  [0x20ab, 0x20ac],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x2264, 0x2265],
];

/**
 * The code points in the order their glyphs are numbered. Two code points sharing a glyph (Đ
 * U+0110 and Ð U+00D0 in DejaVu) copy back as the first: Vietnamese letters come before Latin-1.
 */
export const PREPARED_CODE_POINTS: readonly number[] = (() => {
  const all: number[] = [];
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) all.push(c);
  const vietnamese = (c: number) =>
    (c >= 0x1ea0 && c <= 0x1ef9) ||
    [0x102, 0x103, 0x110, 0x111, 0x128, 0x129].includes(c) ||
    [0x168, 0x169, 0x1a0, 0x1a1, 0x1af, 0x1b0].includes(c);
  return [
    ...all.filter((c) => c < 0x80),
    ...all.filter((c) => c >= 0x80 && vietnamese(c)),
    ...all.filter((c) => c >= 0x80 && !vietnamese(c)),
  ];
})();

/** One past the highest prepared code point: the size of the per-character tables. */
export const TABLE_SIZE = Math.max(...PREPARED_CODE_POINTS) + 1;
