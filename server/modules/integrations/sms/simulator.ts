// A local SMS brandname gateway: checks the keys and the brandname, the phone number, the
// length of an unaccented message; the same RequestId twice sends once (same SMSID). Outages
// and lost acknowledgements on demand (http/faults.ts).
import { randomUUID } from "node:crypto";
import { acknowledged, type Faults, noFaults, outage } from "../http/faults.ts";
import { startJsonServer } from "../http/json-server.ts";

export interface SmsSimulator extends Faults {
  url: string;
  apiKey: string;
  secretKey: string;
  brandname: string;
  sent: { phone: string; content: string; smsId: string }[];
  stop(): Promise<void>;
}

export async function startSmsSimulator(): Promise<SmsSimulator> {
  const apiKey = randomUUID();
  const secretKey = randomUUID();
  const brandname = "MOTCUA";
  const sent: SmsSimulator["sent"] = [];
  const byRequest = new Map<string, string>();
  const faults = noFaults();
  const srv = await startJsonServer({
    "POST /MainService.svc/json/SendMultipleMessage_V4_post_json/": (raw) => {
      const down = outage(faults);
      if (down) return down;
      const b = raw as Record<string, string>;
      if (b.ApiKey !== apiKey || b.SecretKey !== secretKey) return { json: { CodeResult: "101" } };
      if (b.Brandname !== brandname) return { json: { CodeResult: "104" } };
      if (!/^(0|84)[0-9]{9}$/.test(b.Phone ?? ""))
        return { json: { CodeResult: "99", ErrorMessage: "Phone invalid" } };
      if (!b.Content || b.Content.length > 459 || /[^\x20-\x7e\n]/.test(b.Content))
        return { json: { CodeResult: "99", ErrorMessage: "Content invalid" } };
      const seen = b.RequestId ? byRequest.get(b.RequestId) : undefined;
      if (seen) return { json: { CodeResult: "100", SMSID: seen } };
      const smsId = randomUUID();
      if (b.RequestId) byRequest.set(b.RequestId, smsId);
      sent.push({ phone: b.Phone, content: b.Content, smsId });
      return acknowledged(faults, {
        json: { CodeResult: "100", CountRegenerate: 0, SMSID: smsId },
      });
    },
  });
  return Object.assign(faults, { ...srv, apiKey, secretKey, brandname, sent });
}
