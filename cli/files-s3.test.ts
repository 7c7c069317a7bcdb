// With MOTCUA_FILES_S3 set, `motcua serve` keeps uploaded files in the S3-compatible store: a
// dossier component uploaded over HTTP lands in the bucket (the local S3 simulator, which checks
// every signature) under its hash, byte for byte, is not sent twice, and the officer who received
// the dossier reads it back from the bucket. On the embedded store, and on PostgreSQL when
// TEST_DATABASE_URL is set.
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type S3Simulator, startS3Simulator } from "../server/modules/documents/index.ts";
import { openDb } from "../server/platform/db.ts";
import { migrate } from "../server/platform/migrate.ts";
import { TEST_ENGINE } from "../server/platform/testing.ts";
import { intake, signIn } from "./testing/http-client.ts";
import { COMMUNES, intakeBody, seedProvince } from "./testing/province.ts";
import { scratchDatabase } from "./testing/scratch-database.ts";
import { kill, type ServerProcess, startServe } from "./testing/server-process.ts";

const running: ServerProcess[] = [];
const sims: S3Simulator[] = [];
afterAll(async () => {
  for (const p of running) await kill(p);
  for (const s of sims) await s.stop();
});

const SCAN = Buffer.from(
  "%PDF-1.7\n1 0 obj <<>> endobj\n% Bản chụp giấy khai sinh\ntrailer <<>>\n%%EOF\n",
);

describe(`files in an S3-compatible store (${TEST_ENGINE})`, () => {
  it("puts a dossier upload over HTTP in the bucket, once, and reads it back from there", async () => {
    const sim = await startS3Simulator({ bucket: "motcua-files", region: "ap-southeast-1" });
    sims.push(sim);
    const db = TEST_ENGINE === "postgres" ? await scratchDatabase() : null;
    const data = join(mkdtempSync(join(tmpdir(), "motcua-s3-")), "data");
    try {
      const seeded = await (db ? openDb({ url: db.url, max: 2 }) : openDb({ dataDir: data }));
      await migrate(seeded);
      await seedProvince(seeded);
      const body = await intakeBody(seeded, 7, COMMUNES[0]);
      await seeded.close();
      const server = await startServe(db ? [] : ["--data", data], {
        DATABASE_URL: db?.url,
        MOTCUA_FILES_S3: `${sim.url}/ho-so`,
        MOTCUA_FILES_S3_REGION: "ap-southeast-1",
        MOTCUA_FILES_S3_ACCESS_KEY: sim.location.accessKey,
        MOTCUA_FILES_S3_SECRET_KEY: sim.location.secret,
      });
      running.push(server);
      const upload = () =>
        fetch(`${server.url}/api/dossiers/uploads?lang=en`, {
          method: "POST",
          headers: { "content-type": "application/pdf", "x-file-name": "giay-khai-sinh.pdf" },
          body: SCAN,
        });
      const res = await upload();
      expect(res.status).toBe(200);
      const sha = createHash("sha256").update(SCAN).digest("hex");
      expect(await res.json()).toMatchObject({ sha256: sha, size: SCAN.length });
      const key = `ho-so/${sha.slice(0, 2)}/${sha}`;
      expect(sim.keys()).toEqual([key]);
      expect(sim.object(key)?.equals(SCAN)).toBe(true);
      expect(sim.calls.map((c) => `${c.method} ${c.key} ${c.status}`)).toEqual([
        `HEAD ${key} 404`,
        `PUT ${key} 200`,
      ]);

      // The same scan again (another applicant's copy): checked, not sent again.
      expect((await upload()).status).toBe(200);
      expect(sim.calls.filter((c) => c.method === "PUT")).toHaveLength(1);

      // The officer receives a dossier with the scan, then opens it: the bytes come from the bucket.
      const officer = await signIn(server.url);
      body.components[0].files = [sha];
      const code = await intake(officer, body);
      expect(code, officer.lastRefusal).not.toBeNull();
      sim.calls.length = 0;
      const read = await fetch(`${server.url}/api/dossiers/${code}/files/${sha}`, {
        headers: officer.headers,
      });
      expect(read.status).toBe(200);
      expect(Buffer.from(await read.arrayBuffer()).equals(SCAN)).toBe(true);
      expect(sim.calls.map((c) => `${c.method} ${c.key} ${c.status}`)).toContain(`GET ${key} 200`);

      // The store out of service: the upload is answered 503 in both languages, after the tries.
      sim.faults.failNext = 1_000;
      const down = await fetch(`${server.url}/api/dossiers/uploads`, {
        method: "POST",
        headers: { "content-type": "application/pdf", "x-file-name": "khac.pdf" },
        body: Buffer.concat([SCAN, Buffer.from("% bản khác\n")]),
      });
      expect(down.status).toBe(503);
      const problem = (await down.json()) as { code: string; messages: { vi: string; en: string } };
      expect(problem.code).toBe("documents.file_store_unavailable");
      expect(problem.messages.vi).toContain("không trả lời được việc kiểm tra");
      // A HEAD answer has no body: the status names the outage.
      expect(problem.messages.en).toContain("after 4 tries (503)");
      expect(sim.calls.filter((c) => c.code === "SlowDown")).toHaveLength(4);
      expect(server.output()).not.toContain(sim.location.secret);
    } finally {
      for (const p of running.splice(0)) await kill(p);
      await db?.drop();
    }
  }, 300_000);
});
