import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPdf } from "../documents/index.ts";
import { act, type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
});
afterAll(() => t.close());

async function resultPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText("Giay khai sinh - ban chinh", { x: 72, y: 760, size: 14, font });
  return doc.save();
}

type Session = { cookie: string; csrfToken: string };
const upload = (s: Session, code: string, bytes: Uint8Array, type = "application/pdf") =>
  t.api.request(`/api/dossiers/${code}/result-file?lang=en`, {
    method: "POST",
    headers: {
      cookie: s.cookie,
      "x-csrf-token": s.csrfToken,
      "content-type": type,
      "x-file-name": encodeURIComponent("giấy khai sinh.pdf"),
    },
    body: bytes as Uint8Array<ArrayBuffer>,
  });

/** A dossier of commune A waiting for the leader's approval. */
async function awaitingApproval() {
  const s = await scenario(t);
  const r = await intake(s.reception, s.codes.communeA, s.proc.code);
  const code = r.body.dossier.code as string;
  const f = await act(s.handler, code, "forward", { version: 2, note: "Đủ điều kiện" });
  expect(f.body.dossier.state).toBe("approval");
  return { ...s, code };
}

describe("the signed result document", () => {
  it("is uploaded by the leader, signed with the agency's identity, downloadable and issued", async () => {
    const { code, leader, handler, codes } = await awaitingApproval();
    const pdf = await resultPdf();
    const res = await upload(leader, code, pdf);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      sha256: string;
      size: number;
      signer: { name: string; certificate: string; demo: boolean };
      signedAt: string;
    };
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(body.size).toBeGreaterThan(pdf.length);
    expect(body.signer).toMatchObject({ name: leader.user.fullName, demo: true });
    expect(body.signer.certificate).toBe("UBND xã Tân Phước");
    expect(body.signedAt).toBe("2026-03-02T02:00:00.000Z");

    const got = await handler.call(`/api/dossiers/${code}/result-file/${body.sha256}`);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("application/pdf");
    const signed = new Uint8Array(await got.arrayBuffer());
    expect(signed.length).toBe(body.size);
    const v = await verifyPdf(signed);
    expect(v).toMatchObject({ valid: true, coversWholeDocument: true, signatureCount: 1 });
    expect(v.signer.commonName).toBe("UBND xã Tân Phước");
    expect(v.reason).toContain(code);

    const docs = await t.db.query<{ kind: string; signer: string }>(
      "SELECT d.kind, d.signer FROM documents d JOIN dossiers x ON x.id::text = d.dossier_id WHERE x.code = $1",
      [code],
    );
    expect(docs.rows).toEqual([{ kind: "result", signer: "UBND xã Tân Phước, UBND xã Tân Phước" }]);
    const audit = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'dossier.result_signed'",
      [code],
    );
    expect(audit.rows[0].n).toBe(1);

    expect((await act(leader, code, "approve", { version: 3 })).status).toBe(200);
    const i = await act(leader, code, "issue-result", {
      version: 4,
      resultCode: "KS-2026-0042",
      file: body.sha256,
    });
    expect(i.body.dossier).toMatchObject({
      state: "handled",
      result: { code: "KS-2026-0042", file: body.sha256 },
    });

    // Another commune's leader does not see the dossier nor its result.
    const other = await (await scenario(t)).as("leader", codes.communeB);
    const hidden = await other.call(`/api/dossiers/${code}/result-file/${body.sha256}`);
    expect(hidden.status).toBe(404);
    const unknown = await handler.call(`/api/dossiers/${code}/result-file/${"0".repeat(64)}`);
    expect(unknown.status).toBe(404);
  });

  it("refuses a file that is not a PDF, a PDF declared as something else, and an empty body", async () => {
    const { code, leader } = await awaitingApproval();
    const fake = await upload(leader, code, new TextEncoder().encode("Giấy khai sinh (giả)"));
    expect(fake.status).toBe(415);
    const problem = (await fake.json()) as { code: string; detail: string };
    expect(problem.code).toBe("dossiers.result_not_pdf");
    expect(problem.detail).toContain("must be a PDF");

    const lying = await upload(leader, code, await resultPdf(), "image/png");
    expect(lying.status).toBe(415);
    expect(((await lying.json()) as { code: string }).code).toBe("documents.type_mismatch");

    const empty = await upload(leader, code, new Uint8Array(0));
    expect(empty.status).toBe(400);
    const docs = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM documents d JOIN dossiers x ON x.id::text = d.dossier_id WHERE x.code = $1",
      [code],
    );
    expect(docs.rows[0].n).toBe(0);
  });

  it("refuses another commune's officer and an officer who may not approve", async () => {
    const { code, handler, as, codes } = await awaitingApproval();
    const pdf = await resultPdf();
    const other = await as("leader", codes.communeB);
    expect((await upload(other, code, pdf)).status).toBe(404);
    // A handler holds no "dossier.approve" anywhere: the policy refuses before the file is read.
    const notLeader = await upload(handler, code, pdf);
    expect(notLeader.status).toBe(403);
    expect(((await notLeader.json()) as { code: string }).code).toBe("identity.forbidden");
    const docs = await t.db.query(
      "SELECT 1 FROM documents d JOIN dossiers x ON x.id::text = d.dossier_id WHERE x.code = $1",
      [code],
    );
    expect(docs.rows).toEqual([]);
  });

  it("refuses a dossier that is not awaiting approval", async () => {
    const s = await scenario(t);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code);
    const res = await upload(s.leader, r.body.dossier.code, await resultPdf());
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe("dossiers.result_not_signable");
  });
});
