// The server tells each user which actions they may take on the dossier (from the policy), the
// leader reads the handler's draft result before approving, and the signed result is linked.
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { act, type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
});
afterAll(() => t.close());

async function pdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(text, {
    x: 72,
    y: 760,
    size: 14,
    font: await doc.embedFont(StandardFonts.Helvetica),
  });
  return doc.save();
}
type Session = {
  cookie: string;
  csrfToken: string;
  call: (p: string) => Response | Promise<Response>;
};
const post = (s: Session, path: string, bytes: Uint8Array) =>
  t.api.request(path, {
    method: "POST",
    headers: {
      cookie: s.cookie,
      "x-csrf-token": s.csrfToken,
      "content-type": "application/pdf",
      "x-file-name": "du-thao.pdf",
    },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
// biome-ignore lint/suspicious/noExplicitAny: responses checked field by field.
const detail = async (s: Session, code: string): Promise<any> =>
  (await s.call(`/api/dossiers/${code}`)).json();

describe("allowed actions per user", () => {
  it("each role is offered only what the server will accept; the handler is not offered issue-result until it is signed", async () => {
    const s = await scenario(t);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code);
    const code = r.body.dossier.code as string;
    // The counter officer who received it may not hand it over; the handler may.
    expect(r.body.dossier.allowedActions).not.toContain("forward");
    const h = await detail(s.handler, code);
    expect(h.allowedActions).toEqual(
      expect.arrayContaining(["forward", "request-supplement", "stop", "refuse"]),
    );
    expect(h.allowedActions).not.toContain("approve");

    // The handler attaches the draft result; the leader sees it before approving.
    const draft = await post(s.handler, `/api/dossiers/${code}/result-draft`, await pdf("Draft"));
    expect(draft.status).toBe(200);
    const { sha256 } = (await draft.json()) as { sha256: string };
    await act(s.handler, code, "forward", { version: 2 });
    const l = await detail(s.leader, code);
    expect(l.draftResult).toMatchObject({ sha256, fileName: `${code}-du-thao-ket-qua.pdf` });
    expect(l.allowedActions).toEqual(expect.arrayContaining(["approve", "send-back"]));
    const got = await s.leader.call(`/api/dossiers/${code}/result-file/${sha256}`);
    expect(got.status).toBe(200);
    const a = await act(s.leader, code, "approve", { version: 3 });
    expect(a.body.dossier.allowedActions).toContain("issue-result");

    // Approved but not signed: the handler is not offered issue-result (signing needs approve).
    expect((await detail(s.handler, code)).allowedActions).not.toContain("issue-result");
    const signed = await post(s.leader, `/api/dossiers/${code}/result-file`, await pdf("Result"));
    expect(signed.status).toBe(200);
    const file = ((await signed.json()) as { sha256: string }).sha256;
    const h2 = await detail(s.handler, code);
    expect(h2.allowedActions).toContain("issue-result");
    expect(h2.resultDocuments.map((x: { sha256: string }) => x.sha256)).toEqual([file]);
    const i = await act(s.handler, code, "issue-result", { version: 4, resultCode: "KQ-1", file });
    expect(i.status).toBe(200);
    // A reception officer returns it; the leader is offered nothing more.
    expect((await detail(s.reception, code)).allowedActions).toEqual(["return-result"]);
    expect((await detail(s.leader, code)).allowedActions).toEqual([]);
  });
});
