// A local Zalo ZNS endpoint: checks the access token, the template and the phone; the same
// tracking id twice sends once. Outages and lost acknowledgements on demand (http/faults.ts).
import { randomUUID } from "node:crypto";
import { acknowledged, type Faults, noFaults, outage } from "../http/faults.ts";
import { startJsonServer } from "../http/json-server.ts";

export interface ZaloSimulator extends Faults {
  url: string;
  accessToken: string;
  templateId: string;
  sent: { phone: string; data: Record<string, string>; msgId: string }[];
  stop(): Promise<void>;
}

export async function startZaloSimulator(): Promise<ZaloSimulator> {
  const accessToken = randomUUID();
  const templateId = "246810";
  const sent: ZaloSimulator["sent"] = [];
  const byTracking = new Map<string, string>();
  const faults = noFaults();
  const srv = await startJsonServer({
    "POST /message/template": (raw, req) => {
      const down = outage(faults);
      if (down) return down;
      const b = raw as {
        phone?: string;
        template_id?: string;
        template_data?: Record<string, string>;
        tracking_id?: string;
      };
      if (req.headers.access_token !== accessToken)
        return { json: { error: -124, message: "Access token is invalid" } };
      if (b.template_id !== templateId)
        return { json: { error: -1123, message: "Template is invalid" } };
      if (!/^84[0-9]{9}$/.test(b.phone ?? ""))
        return { json: { error: -108, message: "Phone number is invalid" } };
      const seen = b.tracking_id ? byTracking.get(b.tracking_id) : undefined;
      if (seen) return { json: { error: 0, message: "Success", data: { msg_id: seen } } };
      const msgId = randomUUID().replace(/-/g, "");
      if (b.tracking_id) byTracking.set(b.tracking_id, msgId);
      sent.push({ phone: b.phone ?? "", data: b.template_data ?? {}, msgId });
      return acknowledged(faults, {
        json: {
          error: 0,
          message: "Success",
          data: { msg_id: msgId, sent_time: String(Date.now()) },
        },
      });
    },
  });
  return Object.assign(faults, { ...srv, accessToken, templateId, sent });
}
