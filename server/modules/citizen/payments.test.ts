import { type ServerType, serve } from "@hono/node-server";
import ExcelJS from "exceljs";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Env } from "../../platform/http.ts";
import { routesBeside } from "../../test-support.ts";
import { dossierRoutes } from "../dossiers/index.ts";
import {
  birthRegistration,
  type DossierTestEnv,
  dossierTestEnv,
  scenario,
} from "../dossiers/test-env.ts";
import {
  type PaygateSimulator,
  PaymentGateway,
  readVietQr,
  startPaygateSimulator,
} from "../integrations/index.ts";
import { sign } from "../integrations/paygate/signing.ts";
import { type CitizenDeps, citizenRoutes, setCollectingAccount } from "./index.ts";

const SECRET = "merchant-secret-for-tests";
let t: DossierTestEnv;
let sim: PaygateSimulator;
let api: Hono<Env>;
let server: ServerType;
let base: string;

beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
  sim = await startPaygateSimulator({ ipnCopies: 2, now: () => t.clock.now() });
  const deps: CitizenDeps = {
    ...t.deps,
    paygate: new PaymentGateway({ url: sim.url, tmnCode: "MOTCUA01", secret: SECRET }),
  };
  api = routesBeside(t, deps, (r) => {
    citizenRoutes(r, deps);
    dossierRoutes(r, deps);
  });
  server = serve({ fetch: api.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => server.once("listening", r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  sim.merchants.set("MOTCUA01", { secret: SECRET, ipnUrl: `${base}/api/payments/gateway/ipn` });
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await sim.stop();
  await t.close();
});

// biome-ignore lint/suspicious/noExplicitAny: responses are checked field by field.
const json = async (r: Response) => (await r.json()) as any;

async function feeDossier() {
  const s = await scenario(t);
  const proc = birthRegistration([s.codes.communeA], {
    fees: [{ name: "Lệ phí cấp giấy xác nhận", amount: 15_000 }],
    components: [],
  });
  t.procedures.set(proc.code, proc);
  await setCollectingAccount(t.db, {
    agencyCode: s.codes.province,
    bankBin: "970405",
    accountNo: "3511000000123",
    accountName: "KHO BAC NHA NUOC TINH",
    bankName: "Agribank",
  });
  const r = await fetch(`${base}/api/dossiers/online`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "10.9.9.9" },
    body: JSON.stringify({ procedure: proc.code, applicant: { name: "Võ Thị Em" } }),
  });
  expect(r.status).toBe(200);
  return { s, ...((await r.json()) as { code: string; secret: string }) };
}

/** The citizen clicks "Thanh toán" (or another outcome) on the gateway's page. */
async function payOnGateway(redirectUrl: string, outcome: "00" | "51" | "24") {
  const page = await fetch(redirectUrl);
  expect(page.status).toBe(200);
  const id = /name="id" value="(\d+)"/.exec(await page.text())![1];
  const done = await fetch(`${sim.url}/sim/pay`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ id, outcome }),
    redirect: "manual",
  });
  expect(done.status).toBe(302);
  return done.headers.get("location")!;
}

describe("online payment", () => {
  it("offers the fee as a VietQR transfer to the collecting account, with the dossier code", async () => {
    const { code } = await feeDossier();
    const p = await json(await fetch(`${base}/api/dossiers/${code}/payment`));
    expect(p).toMatchObject({ code, amount: 15_000, paidOnline: 0, gateway: true });
    const qr = readVietQr(p.vietqr);
    expect(qr).toMatchObject({ bin: "970405", account: "3511000000123", amount: 15_000 });
    expect(qr.purpose.startsWith(code)).toBe(true);
    const png = await fetch(`${base}/api/dossiers/${code}/payment/vietqr.png`);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await png.arrayBuffer()).subarray(1, 4)).toEqual(
      new TextEncoder().encode("PNG"),
    );
  });

  it("confirms a gateway payment once, from the signed callback, whatever the number of callbacks", async () => {
    const { code, secret } = await feeDossier();
    const start = (s: string) =>
      fetch(`${base}/api/dossiers/${code}/payment/gateway`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ secret: s }),
      });
    expect((await start("WRONG-SECRET")).status).toBe(404);
    const started = await json(await start(secret));
    expect(started.amount).toBe(15_000);
    expect(started.redirectUrl.startsWith(`${sim.url}/paymentv2/vpcpay.html?`)).toBe(true);
    // The look-up secret never travels in the gateway's URL.
    expect(started.redirectUrl).not.toContain(secret);
    const back = await payOnGateway(started.redirectUrl, "00");
    // The simulator sent the callback twice: confirmed, then "already confirmed".
    expect(sim.ipnLog.filter((l) => l.txnRef === started.reference).map((l) => l.answer)).toEqual([
      "00",
      "02",
    ]);
    const p = await json(await fetch(`${base}/api/dossiers/${code}/payment`));
    expect(p).toMatchObject({ paidOnline: 2, amount: 0 });
    const events = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
        WHERE d.code = $1 AND e.type = 'payment-confirmed'`,
      [code],
    );
    expect(events.rows[0].n).toBe(1);
    // The browser's return is checked too, then lands on the result page.
    const ret = await fetch(back, { redirect: "manual" });
    expect(ret.headers.get("location")).toBe(
      `/thanh-toan/ket-qua?kq=paid&ma=${encodeURIComponent(code)}`,
    );
    // Nothing is left to pay.
    expect((await start(secret)).status).toBe(409);
  });

  it("refuses a forged or altered callback and a wrong amount; a declined card pays nothing", async () => {
    const { code, secret } = await feeDossier();
    const started = await json(
      await fetch(`${base}/api/dossiers/${code}/payment/gateway`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ secret }),
      }),
    );
    const ipn = async (params: Record<string, string>) =>
      json(await fetch(`${base}/api/payments/gateway/ipn?${new URLSearchParams(params)}`));
    const paid = {
      vnp_TmnCode: "MOTCUA01",
      vnp_TxnRef: started.reference,
      vnp_Amount: "1500000",
      vnp_ResponseCode: "00",
      vnp_TransactionStatus: "00",
      vnp_TransactionNo: "12345678",
    };
    expect(await ipn({ ...paid, vnp_SecureHash: sign(paid, "not-the-secret") })).toMatchObject({
      RspCode: "97",
    });
    const signed = { ...paid, vnp_SecureHash: sign(paid, SECRET) };
    expect(await ipn({ ...signed, vnp_Amount: "100" })).toMatchObject({ RspCode: "97" });
    const cheap = { ...paid, vnp_Amount: "100000" };
    expect(await ipn({ ...cheap, vnp_SecureHash: sign(cheap, SECRET) })).toMatchObject({
      RspCode: "04",
    });
    const unknown = { ...paid, vnp_TxnRef: "NO-SUCH-REF" };
    expect(await ipn({ ...unknown, vnp_SecureHash: sign(unknown, SECRET) })).toMatchObject({
      RspCode: "01",
    });
    await payOnGateway(started.redirectUrl, "51");
    const p = await json(await fetch(`${base}/api/dossiers/${code}/payment`));
    expect(p).toMatchObject({ paidOnline: 0, amount: 15_000 });
  });

  it("resumes a dossier waiting for its fee, and lists the day's payments for reconciliation", async () => {
    const { s, code, secret } = await feeDossier();
    const received = await s.reception.call(`/api/dossiers/${code}/actions/receive?lang=en`, {
      method: "POST",
      body: { version: 1 },
    });
    expect(received.status).toBe(200);
    const handler = await s.as("handler");
    const asked = await handler.call(`/api/dossiers/${code}/actions/request-payment?lang=en`, {
      method: "POST",
      body: { version: 2, fees: [{ name: "Lệ phí", amount: 15_000 }] },
    });
    expect(asked.status).toBe(200);
    const started = await json(
      await fetch(`${base}/api/dossiers/${code}/payment/gateway`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ secret }),
      }),
    );
    await payOnGateway(started.redirectUrl, "00");
    const d = await json(await s.reception.call(`/api/dossiers/${code}`));
    expect(d).toMatchObject({ status: 4, state: "handling" });
    const control = await s.as("control_officer", s.codes.province);
    const res = await fetch(
      `${base}/api/payments/reconciliation.xlsx?agency=${s.codes.province}&date=2026-03-02`,
      { headers: { cookie: control.cookie } },
    );
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const values = wb.worksheets[0].getSheetValues().flat().map(String);
    expect(values).toContain(code);
    expect(values).toContain(started.reference);
    // Typed cells: the time of payment is an Excel date (Vietnam time), the amounts are numbers.
    const ws = wb.worksheets[0];
    const paid = ws.getCell("B2").value;
    expect(paid).toBeInstanceOf(Date);
    expect((paid as Date).toISOString().slice(0, 10)).toBe("2026-03-02");
    expect(ws.getCell("B2").numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(typeof ws.getCell("H2").value).toBe("number");
    expect(typeof ws.getCell(`H${ws.rowCount}`).value).toBe("number");
  });
});
