// Return of results by the public postal service (dịch vụ bưu chính công ích — Decision
// 45/2016/QĐ-TTg): a shipment ordered from the postal operator's order API, in the shape the
// operators publish (bearer token, the customer code, our order number for idempotence, the
// receiver; the answer carries the UPU S10 item code used for tracking). The same order number
// twice is one shipment.
import { httpRefusal } from "../http/delivery-error.ts";
import { postJson } from "../http/json-server.ts";

export interface PostalConfig {
  url: string;
  token: string;
  /** The agency's customer code with the operator. */
  customerCode: string;
  /** How long to wait for the answer (default 15 s); then the order is retried. */
  timeoutMs?: number;
}

export interface ShipmentOrder {
  /** Our order number: the dossier code and result file (idempotence). */
  orderNo: string;
  senderName: string;
  receiverName: string;
  receiverPhone: string;
  receiverAddress: string;
  /** What is inside, e.g. "Kết quả hồ sơ H58.101-260302-0001". */
  content: string;
}

export interface Shipment {
  itemCode: string;
  status: string;
}

/** A shipment's states in the operator's tracking, in the order they happen. */
export const POSTAL_STATES = [
  "accepted",
  "in-transit",
  "out-for-delivery",
  "delivered",
  "returned",
] as const;
export type PostalState = (typeof POSTAL_STATES)[number];

export interface TrackingEvent {
  state: PostalState;
  /** ISO instant, UTC. */
  at: string;
  location: string;
}

/** Delivered to the receiver, or back with the sender: nothing more will happen. */
export const isFinalPostalState = (s: PostalState) => s === "delivered" || s === "returned";

export class PostalService {
  constructor(readonly config: PostalConfig) {}

  /** The shipment's item code (tracking number); throws (no personal data) on refusal. */
  async createShipment(o: ShipmentOrder): Promise<Shipment> {
    const r = await postJson(
      `${this.config.url}/api/v1/orders`,
      {
        customerCode: this.config.customerCode,
        orderNo: o.orderNo,
        serviceCode: "BCCI",
        senderName: o.senderName,
        receiverName: o.receiverName,
        receiverPhone: o.receiverPhone,
        receiverAddress: o.receiverAddress,
        content: o.content,
        codAmount: 0,
      },
      { authorization: `Bearer ${this.config.token}` },
      this.config.timeoutMs ?? 15_000,
    );
    if ((r.status === 200 || r.status === 201) && typeof r.json.itemCode === "string")
      return { itemCode: r.json.itemCode, status: String(r.json.status ?? "created") };
    throw httpRefusal("postal", r, String(r.json.errorCode ?? "-"));
  }

  /** Each known item's tracking events (items the operator does not know are left out). */
  async track(itemCodes: string[]): Promise<Map<string, TrackingEvent[]>> {
    const r = await postJson(
      `${this.config.url}/api/v1/tracking`,
      { itemCodes },
      { authorization: `Bearer ${this.config.token}` },
      this.config.timeoutMs ?? 15_000,
    );
    if (r.status !== 200) throw httpRefusal("postal tracking", r, String(r.json.errorCode ?? "-"));
    const out = new Map<string, TrackingEvent[]>();
    for (const item of Array.isArray(r.json.items) ? r.json.items : []) {
      const events = Array.isArray(item?.events) ? item.events : [];
      out.set(
        String(item.itemCode),
        events
          .filter((e: { state?: unknown }) => POSTAL_STATES.includes(e?.state as PostalState))
          .map((e: TrackingEvent) => ({
            state: e.state,
            at: String(e.at),
            location: String(e.location ?? ""),
          })),
      );
    }
    return out;
  }
}

/** The UPU S10 check digit of an item's 8-digit serial number. */
export function s10CheckDigit(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...serial].reduce((s, c, i) => s + Number(c) * weights[i], 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}
