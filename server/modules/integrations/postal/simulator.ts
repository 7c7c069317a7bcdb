// A local postal operator: checks the bearer token and the customer code, the receiver's phone
// and address; the same order number twice is one shipment (same item code, answered 200 instead
// of 201). Item codes are UPU S10 ("EB" + 8 digits + check digit + "VN"). Its tracking API moves
// each shipment on as an operator's does: accepted at the post office, in transit, delivered —
// or returned to the sender when the receiver cannot be found — one stage every `stageMs` of its
// clock. Outages and lost acknowledgements on demand (http/faults.ts); `returnNext` makes the
// next shipments undeliverable.
import { randomInt, randomUUID } from "node:crypto";
import { acknowledged, type Faults, noFaults, outage } from "../http/faults.ts";
import { startJsonServer } from "../http/json-server.ts";
import { type PostalState, s10CheckDigit, type TrackingEvent } from "./adapter.ts";

export interface PostedItem {
  orderNo: string;
  itemCode: string;
  receiverName: string;
  receiverAddress: string;
  content: string;
  /** When the operator took the order (its clock, ms). */
  createdAt: number;
  undeliverable: boolean;
}

export interface PostalSimulator extends Faults {
  url: string;
  token: string;
  customerCode: string;
  shipments: PostedItem[];
  /** The next this many shipments cannot be delivered and come back to the sender. */
  returnNext: number;
  /** Tracking requests received. */
  trackingRequests: number;
  stop(): Promise<void>;
}

export interface PostalSimulatorOptions {
  /** The operator's clock (default: real time). */
  now?: () => number;
  /** How long each stage takes (default 20 s, so the demo moves while one watches). */
  stageMs?: number;
}

const DELIVERED: PostalState[] = ["accepted", "in-transit", "out-for-delivery", "delivered"];
const RETURNED: PostalState[] = ["accepted", "in-transit", "out-for-delivery", "returned"];
const WHERE: Record<PostalState, string> = {
  accepted: "Bưu cục giao dịch tiếp nhận",
  "in-transit": "Trung tâm khai thác chia chọn",
  "out-for-delivery": "Bưu cục phát",
  delivered: "Đã phát thành công cho người nhận",
  returned: "Chuyển hoàn: không gặp người nhận",
};

/** What the operator's tracking shows of an item at `now`. */
export function trackingOf(item: PostedItem, now: number, stageMs: number): TrackingEvent[] {
  const path = item.undeliverable ? RETURNED : DELIVERED;
  const reached = Math.min(path.length, 1 + Math.floor((now - item.createdAt) / stageMs));
  return path.slice(0, reached).map((state, i) => ({
    state,
    at: new Date(item.createdAt + i * stageMs).toISOString(),
    location: WHERE[state],
  }));
}

export async function startPostalSimulator(
  opts: PostalSimulatorOptions = {},
): Promise<PostalSimulator> {
  const now = opts.now ?? Date.now;
  const stageMs = opts.stageMs ?? 20_000;
  const state = Object.assign(noFaults(), {
    token: randomUUID(),
    customerCode: "MOTCUA-H58",
    shipments: [] as PostedItem[],
    returnNext: 0,
    trackingRequests: 0,
  });
  const authorised = (h: string | undefined) => h === `Bearer ${state.token}`;
  const srv = await startJsonServer({
    "POST /api/v1/orders": (raw, req) => {
      if (!authorised(req.headers.authorization))
        return { status: 401, json: { errorCode: "UNAUTHORIZED" } };
      const down = outage(state);
      if (down) return down;
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
      const undeliverable = state.returnNext > 0;
      if (undeliverable) state.returnNext--;
      state.shipments.push({
        orderNo: b.orderNo,
        itemCode,
        receiverName: b.receiverName,
        receiverAddress: b.receiverAddress,
        content: b.content ?? "",
        createdAt: now(),
        undeliverable,
      });
      return acknowledged(state, { status: 201, json: { itemCode, status: "created" } });
    },
    // Tracking of up to 50 items at once, each with its events in order.
    "POST /api/v1/tracking": (raw, req) => {
      state.trackingRequests++;
      if (!authorised(req.headers.authorization))
        return { status: 401, json: { errorCode: "UNAUTHORIZED" } };
      const down = outage(state);
      if (down) return down;
      const codes = (raw as { itemCodes?: unknown }).itemCodes;
      if (!Array.isArray(codes) || codes.length > 50)
        return { status: 400, json: { errorCode: "ITEM_CODES" } };
      const items = codes.flatMap((c) => {
        const item = state.shipments.find((s) => s.itemCode === c);
        return item ? [{ itemCode: item.itemCode, events: trackingOf(item, now(), stageMs) }] : [];
      });
      return { json: { items } };
    },
  });
  return Object.assign(state, { url: srv.url, stop: srv.stop });
}
