// A local payment gateway that behaves like the real one for the demo and the tests: it checks
// the merchant's terminal code and signature, shows a payment page, calls the merchant's IPN
// address server to server (retrying until the merchant answers 00 or 02, and — like the real
// gateway — sometimes more than once), then returns the browser to the merchant, all signed.
import { randomInt } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gatewayDate, type Params, signatureValid, toQuery, withSignature } from "./signing.ts";

export interface SimMerchant {
  secret: string;
  /** Where the gateway sends its IPN callbacks. */
  ipnUrl: string;
}

export interface PaygateSimulatorOptions {
  /** Send every IPN this many times (duplicates the merchant must absorb); default 1. */
  ipnCopies?: number;
  /** IPN attempts before giving up; default 3. */
  ipnAttempts?: number;
  /** Milliseconds before an IPN call is abandoned; default 5000. */
  ipnTimeoutMs?: number;
  now?: () => Date;
}

interface Pending {
  tmn: string;
  params: Params;
}

export interface PaygateSimulator {
  url: string;
  merchants: Map<string, SimMerchant>;
  /** IPN calls made, with the merchant's answer (for tests and the demo's log). */
  ipnLog: { txnRef: string; answer: string }[];
  stop(): Promise<void>;
}

const html = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}
button{font-size:1rem;padding:.6rem 1rem;margin:.3rem .3rem 0 0}</style></head>
<body><h1>${title}</h1>${body}</body></html>`;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

export async function startPaygateSimulator(
  opts: PaygateSimulatorOptions = {},
): Promise<PaygateSimulator> {
  const merchants = new Map<string, SimMerchant>();
  const pending = new Map<string, Pending>();
  const ipnLog: PaygateSimulator["ipnLog"] = [];
  const now = opts.now ?? (() => new Date());

  const callIpn = async (m: SimMerchant, params: Params) => {
    for (let attempt = 0; attempt < (opts.ipnAttempts ?? 3); attempt++) {
      try {
        const res = await fetch(`${m.ipnUrl}?${toQuery(params)}`, {
          signal: AbortSignal.timeout(opts.ipnTimeoutMs ?? 5000),
        });
        const answer = ((await res.json()) as { RspCode?: string }).RspCode ?? "";
        ipnLog.push({ txnRef: params.vnp_TxnRef, answer });
        if (answer === "00" || answer === "02") return;
      } catch {
        ipnLog.push({ txnRef: params.vnp_TxnRef, answer: "no answer" });
      }
    }
  };

  const page = (res: ServerResponse, status: number, title: string, body: string) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
    res.end(html(title, body));
  };

  const start = (url: URL, res: ServerResponse) => {
    const params = Object.fromEntries(url.searchParams) as Params;
    const m = merchants.get(params.vnp_TmnCode ?? "");
    if (!m) return page(res, 400, "Lỗi 02", "<p>Mã website (vnp_TmnCode) không hợp lệ.</p>");
    if (!signatureValid(params, m.secret))
      return page(res, 400, "Lỗi 97", "<p>Chữ ký không hợp lệ.</p>");
    if ((params.vnp_ExpireDate ?? "") < gatewayDate(now()))
      return page(res, 400, "Lỗi 11", "<p>Giao dịch đã hết hạn chờ thanh toán.</p>");
    const id = String(randomInt(1e9, 1e10));
    pending.set(id, { tmn: params.vnp_TmnCode, params });
    const amount = Number(params.vnp_Amount) / 100;
    page(
      res,
      200,
      "Cổng thanh toán (mô phỏng)",
      `<p>Thanh toán <strong>${amount.toLocaleString("vi-VN")} đ</strong></p>
<p>${esc(params.vnp_OrderInfo ?? "")}</p>
<form method="post" action="/sim/pay"><input type="hidden" name="id" value="${id}">
<button name="outcome" value="00">Thanh toán</button>
<button name="outcome" value="51">Tài khoản không đủ số dư</button>
<button name="outcome" value="24">Hủy giao dịch</button></form>`,
    );
  };

  const pay = async (req: IncomingMessage, res: ServerResponse) => {
    const form = await readForm(req);
    const p = pending.get(form.get("id") ?? "");
    const outcome = form.get("outcome") ?? "";
    if (!p || !["00", "51", "24"].includes(outcome))
      return page(res, 400, "Lỗi", "<p>Không tìm thấy giao dịch.</p>");
    pending.delete(form.get("id") ?? "");
    const m = merchants.get(p.tmn);
    if (!m) return page(res, 400, "Lỗi 02", "<p>Mã website không hợp lệ.</p>");
    const result = withSignature(
      {
        vnp_TmnCode: p.tmn,
        vnp_Amount: p.params.vnp_Amount,
        vnp_BankCode: "NCB",
        vnp_CardType: "ATM",
        vnp_OrderInfo: p.params.vnp_OrderInfo,
        vnp_PayDate: gatewayDate(now()),
        vnp_ResponseCode: outcome,
        vnp_TransactionNo: outcome === "24" ? "0" : String(randomInt(1e7, 1e8)),
        vnp_TransactionStatus: outcome === "00" ? "00" : "02",
        vnp_TxnRef: p.params.vnp_TxnRef,
      },
      m.secret,
    );
    for (let i = 0; i < (opts.ipnCopies ?? 1); i++) await callIpn(m, result);
    res.writeHead(302, { location: `${p.params.vnp_ReturnUrl}?${toQuery(result)}` });
    res.end();
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method === "GET" && url.pathname === "/paymentv2/vpcpay.html") return start(url, res);
    if (req.method === "POST" && url.pathname === "/sim/pay")
      return void pay(req, res).catch(() => page(res, 500, "Lỗi 99", "<p>Lỗi hệ thống.</p>"));
    page(res, 404, "404", "<p>Không có trang này.</p>");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    merchants,
    ipnLog,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
