// Issue goal: an officer opens an uploaded 10-page PDF in under 1 s. A real 10-page PDF (pdf-lib:
// a scanned page image and a text layer on every page) is uploaded at the counter, attached to a received dossier, then fetched
// by the officer over HTTP (GET /api/dossiers/:code/files/:sha256: session, visibility, the
// audit record of the read, the file store) — beside a baseline in the same run: the same bytes
// served as a static asset by the same server.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { type Figure, percentile, round, withBaseline } from "./harness.ts";

const PASSWORD = "mat-khau-do-hieu-nang-1";
const PROCEDURE = "1.004873";
const ROUNDS = Number(process.env.BENCH_FILE_ROUNDS ?? 30);

/** A grey scan of a page (PNG, 8-bit greyscale, speckled like paper): `w` × `h` pixels. */
function scanPng(w: number, h: number, seed: number): Buffer {
  const raw = Buffer.alloc((w + 1) * h);
  let x = seed;
  for (let row = 0; row < h; row++) {
    raw[row * (w + 1)] = 0; // filter: none
    for (let col = 0; col < w; col++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      // Paper with speckle, and darker bands where lines of text would be.
      const ink = row % 24 < 6 && col > 60 && col < w - 60 ? 90 : 0;
      raw[row * (w + 1) + 1 + col] = 235 - ink - ((x >> 16) & 15);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const byte of b) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** Ten A4 pages as a counter's scanner makes them: a page image each, with a text layer. */
export async function tenPagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= 10; p++) {
    const page = doc.addPage([595, 842]);
    const scan = await doc.embedPng(scanPng(620, 877, p));
    page.drawImage(scan, { x: 0, y: 0, width: 595, height: 842 });
    page.drawText(`TO KHAI - trang ${p}/10`, { x: 72, y: 780, size: 16, font });
  }
  return doc.save();
}

async function timed(n: number, f: () => Promise<void>): Promise<number[]> {
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await f();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b);
}

export async function run(): Promise<Figure[]> {
  const { serve } = await import("@hono/node-server");
  const { buildApp } = await import("../../server/app.ts");
  const { buildSystem } = await import("../../server/system.ts");
  const { demoProcedures, getProcedureVersion, upsertProcedure } = await import(
    "../../server/modules/catalog/index.ts"
  );
  const { insertAgency, insertUser, SYSTEM_ACTOR } = await import(
    "../../server/modules/identity/index.ts"
  );
  const { loadConfig } = await import("../../server/platform/config.ts");
  const { systemClock } = await import("../../server/platform/clock.ts");
  const { openDb } = await import("../../server/platform/db.ts");
  const { createLogger } = await import("../../server/platform/logger.ts");
  const { migrate } = await import("../../server/platform/migrate.ts");

  const pdf = await tenPagePdf();
  const dataDir = mkdtempSync(join(tmpdir(), "motcua-bench-file-"));
  const webDir = mkdtempSync(join(tmpdir(), "motcua-bench-web-"));
  writeFileSync(join(webDir, "index.html"), "<!doctype html><title>bench</title>");
  writeFileSync(join(webDir, "same-size.pdf"), pdf);
  const db = await openDb({ dataDir });
  await migrate(db);
  const commune = "Q01.101";
  await db.transaction(async (tx) => {
    await insertAgency(tx, { code: "Q01", name: "Tỉnh Q01", parentCode: null, level: "province" });
    await insertAgency(tx, {
      code: commune,
      name: "Xã Q01.101",
      parentCode: "Q01",
      level: "commune",
    });
    for (const p of demoProcedures({ province: "Q01", departments: [], communes: [commune] }))
      await upsertProcedure(tx, p, SYSTEM_ACTOR, new Date("2024-01-01T00:00:00Z"), "bench");
    await insertUser(tx, {
      username: "tiepnhan.bench",
      fullName: "Cán bộ tiếp nhận",
      password: PASSWORD,
      grants: [{ role: "reception", agencyCode: commune }],
    });
  });
  const config = loadConfig({ MOTCUA_DATA: dataDir, LOG_LEVEL: "silent" });
  // Built as the server builds it (the demo identities sign).
  const { base, modules } = buildSystem({
    db,
    clock: systemClock,
    log: createLogger("silent"),
    config,
    demo: true,
    options: { filesDir: join(dataDir, "files") },
  });
  const app = buildApp({ ...base, modules, webDir });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
  });
  const addr = server.address();
  const at = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  try {
    const login = await fetch(`${at}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "tiepnhan.bench", password: PASSWORD }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const auth = { cookie, "x-csrf-token": csrfToken };
    // The scan uploaded at the counter, then the dossier received with it.
    const up = await fetch(`${at}/api/dossiers/uploads`, {
      method: "POST",
      headers: {
        ...auth,
        "content-type": "application/pdf",
        "x-file-name": "to-khai-10-trang.pdf",
      },
      body: Buffer.from(pdf),
    });
    const { sha256 } = (await up.json()) as { sha256: string };
    const proc = await getProcedureVersion(db, PROCEDURE);
    const intake = await fetch(`${at}/api/dossiers`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({
        procedure: PROCEDURE,
        channel: 1,
        agency: commune,
        receivingUnit: commune,
        applicant: { name: "Trần Thị Bình", idNumber: "079123456789", phone: "0901234567" },
        components: proc!.components
          .filter((c) => c.required)
          .map((c) => ({ name: c.name, digitized: 1, files: [sha256] })),
        decision: { action: "request-completion", items: ["Bổ sung bản chính để đối chiếu"] },
      }),
    });
    if (intake.status !== 200) throw new Error(`intake ${intake.status} ${await intake.text()}`);
    const { dossier } = (await intake.json()) as { dossier: { code: string } };
    const fileUrl = `${at}/api/dossiers/${dossier.code}/files/${sha256}`;
    const get = async (url: string, headers: Record<string, string> = {}) => {
      const r = await fetch(url, { headers });
      const body = new Uint8Array(await r.arrayBuffer());
      if (r.status !== 200 || body.length !== pdf.length)
        throw new Error(`GET ${url}: ${r.status}, ${body.length} bytes`);
    };
    await get(fileUrl, auth);
    await get(`${at}/same-size.pdf`);
    const officer = await timed(ROUNDS, () => get(fileUrl, auth));
    const asset = await timed(ROUNDS, () => get(`${at}/same-size.pdf`));
    const p50 = round(percentile(officer, 50));
    const p95 = round(percentile(officer, 95));
    const baseline = {
      name: `the same ${Math.round(pdf.length / 1024)} KiB served as a static asset (median)`,
      value: round(percentile(asset, 50)),
    };
    return [
      withBaseline({
        name: `officer opens an uploaded 10-page PDF over HTTP (median of ${ROUNDS}; p95 ${p95} ms)`,
        value: p50,
        unit: "ms",
        goal: "< 1000 ms",
        met: p95 < 1000,
        baseline,
      }),
    ];
  } finally {
    server.close();
    await db.close();
  }
}
