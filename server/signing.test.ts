// Signing as the composition root configures it: a production start without a signing identity
// refuses to sign (503, in both languages), a configured PKCS#12 identity signs (its certificate
// is the one in the signed PDF), and only demo mode signs with the demo's self-signed identity.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { createSigningIdentity, verifyPdf } from "./modules/documents/index.ts";
import { fixedClock } from "./platform/clock.ts";
import { loadConfig } from "./platform/config.ts";
import { AppError } from "./platform/errors.ts";
import { testDb } from "./platform/testing.ts";
import { buildSystem } from "./system.ts";
import { makeProvince, makeUser, signIn, type TestEnv, testEnv } from "./test-support.ts";

const envs: TestEnv[] = [];
/** Each test opens and migrates its own store: allow for a busy machine. */
const OPENS_A_STORE = 180_000;
afterAll(() => Promise.all(envs.map((e) => e.close())));

const dir = mkdtempSync(join(tmpdir(), "motcua-signer-"));
/** The province's CA-issued identity, as a deployment would configure it. */
function provinceIdentity(commonName: string, passphrase: string) {
  const id = createSigningIdentity(
    { commonName, organisation: "UBND tỉnh Thử nghiệm", days: 365, passphrase },
    fixedClock("2026-01-01T00:00:00Z"),
  );
  const file = join(dir, `${commonName.length}-${Date.now()}.p12`);
  writeFileSync(file, id.p12);
  return file;
}

async function scanPdf(): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText("Giay khai sinh - ban chinh", { x: 72, y: 760, font });
  return Buffer.from(await doc.save()).toString("base64");
}

/** Certifies an electronic copy at a commune counter: the system signs it with the agency's identity. */
async function certifyElectronic(env: TestEnv, lang: "vi" | "en" = "vi") {
  const c = await makeProvince(env.db);
  const reception = await makeUser(env.db, [{ role: "reception", agencyCode: c.communeA }]);
  const leader = await makeUser(env.db, [{ role: "leader", agencyCode: c.communeA }], "Lê Thị Hoa");
  const client = await signIn(env.app, reception.username);
  const res = await client.call(`/api/certified-copies?lang=${lang}`, {
    method: "POST",
    body: {
      agency: c.communeA,
      requesterName: "Phạm Văn Dũng",
      documentName: "Giấy khai sinh",
      copies: 1,
      electronic: true,
      original: { name: "khai-sinh.pdf", base64: await scanPdf() },
      signer: leader.username,
    },
  });
  return { res, client };
}

async function signedSubject(client: Awaited<ReturnType<typeof signIn>>, res: Response) {
  const body = (await res.json()) as { file: string };
  const file = await client.call(body.file);
  const check = await verifyPdf(new Uint8Array(await file.arrayBuffer()));
  expect(check.valid).toBe(true);
  return check.signer.commonName;
}

describe("signing is a configured port", () => {
  it(
    "a production start without a signer refuses every signing action, in both languages",
    async () => {
      const env = await testEnv(undefined, { demo: false });
      envs.push(env);
      expect(env.signing).toBe("none");
      const vi = await certifyElectronic(env, "vi");
      expect(vi.res.status).toBe(503);
      const problem = (await vi.res.json()) as { code: string; detail: string };
      expect(problem.code).toBe("documents.signing_not_configured");
      expect(problem.detail).toContain("Chưa cấu hình chữ ký số");
      const en = await certifyElectronic(env, "en");
      expect(en.res.status).toBe(503);
      expect(((await en.res.json()) as { detail: string }).detail).toContain(
        "No signing identity configured",
      );
      // Nothing was entered in the register: the refusal rolled the certification back.
      const rows = await env.db.query("SELECT 1 FROM certified_copies");
      expect(rows.rowCount).toBe(0);
    },
    OPENS_A_STORE,
  );

  it(
    "a configured PKCS#12 identity signs, and its certificate is the one in the PDF",
    async () => {
      const passwordFile = join(dir, "password");
      writeFileSync(passwordFile, "mat-khau-chu-ky\n");
      const p12 = provinceIdentity("UBND tỉnh Thử nghiệm - chứng thư tổ chức", "mat-khau-chu-ky");
      const env = await testEnv(undefined, {
        demo: false,
        env: { MOTCUA_SIGNER_P12: p12, MOTCUA_SIGNER_P12_PASSWORD_FILE: passwordFile },
      });
      envs.push(env);
      expect(env.signing).toBe("p12");
      const { res, client } = await certifyElectronic(env);
      expect(res.status).toBe(201);
      expect(await signedSubject(client, res)).toBe("UBND tỉnh Thử nghiệm - chứng thư tổ chức");
    },
    OPENS_A_STORE,
  );

  it(
    "demo mode signs with the agency's self-signed demo identity, marked as such",
    async () => {
      const env = await testEnv(undefined, { demo: true });
      envs.push(env);
      expect(env.signing).toBe("demo");
      const { res, client } = await certifyElectronic(env);
      expect(res.status).toBe(201);
      expect(await signedSubject(client, res)).toBe(
        "UBND xã Tân Phước (DEMO - không có giá trị pháp lý)",
      );
    },
    OPENS_A_STORE,
  );

  it(
    "a wrong password or a missing file stops the start, naming the setting",
    async () => {
      const db = await testDb();
      try {
        const p12 = provinceIdentity("UBND tỉnh Thử nghiệm", "dung");
        const start = (env: Record<string, string>) => () =>
          buildSystem({ config: loadConfig(env), db, clock: fixedClock("2026-03-02T02:00:00Z") });
        const wrong: Record<string, string>[] = [
          { MOTCUA_SIGNER_P12: p12, MOTCUA_SIGNER_P12_PASSWORD: "sai" },
          { MOTCUA_SIGNER_P12: join(dir, "khong-co.p12") },
        ];
        for (const env of wrong) {
          const err = (() => {
            try {
              start(env)();
            } catch (e) {
              return e as AppError;
            }
          })();
          expect(err).toBeInstanceOf(AppError);
          expect(err?.code).toBe("config.invalid");
          expect(err?.messages.en).toContain("MOTCUA_SIGNER_P12");
        }
        // The right password starts, even in demo mode: a configured identity always wins.
        const ok = buildSystem({
          config: loadConfig({ MOTCUA_SIGNER_P12: p12, MOTCUA_SIGNER_P12_PASSWORD: "dung" }),
          db,
          clock: fixedClock("2026-03-02T02:00:00Z"),
          demo: true,
        });
        expect(ok.signing).toBe("p12");
      } finally {
        await db.close();
      }
    },
    OPENS_A_STORE,
  );
});
