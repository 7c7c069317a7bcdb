// A local postal operator: checks the bearer token and the customer code, the receiver's phone
// and address; the same order number twice is one shipment (same item code, answered 200 instead
// of 201). Item codes are UPU S10 ("EB" + 8 digits + check digit + "VN"). `failNext` answers 503
// that many times (an outage).
import { randomInt, randomUUID } from "node:crypto";
import { startJsonServer } from "../http/json-server.ts";
import { s10CheckDigit } from "./adapter.ts";

export interface PostedItem {
  orderNo: string;
  itemCode: string;
  receiverName: string;
  receiverAddress: string;
  content: string;
}

export interface PostalSimulator {
  url: string;
  token: string;
  customerCode: string;
  shipments: PostedItem[];
  failNext: number;
  stop(): Promise<void>;
}

export async function startPostalSimulator(): Promise<PostalSimulator> {
  const state = {
    token: randomUUID(),
    customerCode: "MOTCUA-H58",
    shipments: [] as PostedItem[],
    failNext: 0,
  };
  const srv = await startJsonServer({
    "POST /api/v1/orders": (raw, req) => {
      if (req.headers.authorization !== `Bearer ${state.token}`)
        return { status: 401, json: { errorCode: "UNAUTHORIZED" } };
      if (state.failNext > 0) {
        state.failNext--;
        return { status: 503, json: { errorCode: "UNAVAILABLE" } };
      }
      const b = raw as Record<string, string>;
      if (b.customerCode !== state.customerCode)
        return { status: 403, json: { errorCode: "CUSTOMER" } };
      if (!/^(0|84)[0-9]{9}$/.test(b.receiverPhone ?? ""))
        return { status: 400, json: { errorCode: "RECEIVER_PHONE" } };
      if (!b.receiverName || !b.receiverAddress || !b.orderNo)
        return { status: 400, json: { errorCode: "RECEIVER" } };
      const seen = state.shipments.find((s) => s.orderNo === b.orderNo);
      if (seen) return { status: 200, json: { itemCode: seen.itemCode, status: "created" } };
      const serial = String(randomInt(0, 100_000_000)).padStart(8, "0");
      const itemCode = `EB${serial}${s10CheckDigit(serial)}VN`;
      state.shipments.push({
        orderNo: b.orderNo,
        itemCode,
        receiverName: b.receiverName,
        receiverAddress: b.receiverAddress,
        content: b.content ?? "",
      });
      return { status: 201, json: { itemCode, status: "created" } };
    },
  });
  return Object.assign(state, { url: srv.url, stop: srv.stop });
}
