// Zalo Notification Service (ZNS): a message from an approved template, sent by the official
// account's access token to a phone number in international form (84…); error 0 = sent.
import { DeliveryError, httpRefusal } from "../http/delivery-error.ts";
import { postJson } from "../http/json-server.ts";

export interface ZaloConfig {
  url: string;
  accessToken: string;
  templateId: string;
}

/** 0912345678 → 84912345678. */
export const toZaloPhone = (phone: string) => phone.replace(/[^0-9]/g, "").replace(/^0/, "84");

export class ZaloNotifier {
  constructor(readonly config: ZaloConfig) {}

  async send(phone: string, data: Record<string, string>, trackingId: string): Promise<string> {
    const r = await postJson(
      `${this.config.url}/message/template`,
      {
        phone: toZaloPhone(phone),
        template_id: this.config.templateId,
        template_data: data,
        tracking_id: trackingId,
      },
      { access_token: this.config.accessToken },
    );
    if (r.status !== 200) throw httpRefusal("ZNS", r, "-");
    // -108: the phone has no Zalo account or is malformed (refused for good); a token or template
    // error is a setting the administrator fixes: retried.
    if (r.json.error !== 0)
      throw new DeliveryError(`ZNS ${String(r.json.error ?? "-")}`, r.json.error === -108);
    return String((r.json.data as { msg_id?: string } | undefined)?.msg_id ?? "");
  }
}
