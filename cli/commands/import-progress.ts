// Progress of a long import on stderr, at most every 2 s: lines read, the line up to which every
// line is stored (what a run after an interruption, even SIGKILL, can rely on), and the rate.
import type { ImportProgress } from "../../server/modules/dossiers/index.ts";

export function importProgress(write = (s: string) => process.stderr.write(s)) {
  const t0 = performance.now();
  let last = 0;
  return (p: ImportProgress) => {
    const now = performance.now();
    if (now - last < 2000) return;
    last = now;
    const rate = Math.round(p.stored / Math.max((now - t0) / 1000, 0.001));
    write(
      `… đã đọc ${p.read} dòng, đã lưu mọi dòng đến dòng ${p.doneThrough} (${rate} hồ sơ/giây) | read ${p.read} lines, every line up to ${p.doneThrough} stored (${rate} records/s)\n`,
    );
  };
}
