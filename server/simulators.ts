// The external systems' local simulators, started with the demo (npm start) or when
// MOTCUA_SIMULATORS=1: each listens on 127.0.0.1 on a free port and is wired to the server the
// way the real system would be (the payment gateway calls back our IPN address). A deployment
// sets the real systems' addresses instead (MOTCUA_PAYGATE_URL, _TMN, _SECRET).
import { randomBytes } from "node:crypto";
import { setCollectingAccount } from "./modules/citizen/index.ts";
import {
  type MailConfig,
  type PaygateConfig,
  type PersonalStoreConfig,
  type PopulationConfig,
  type PostalConfig,
  type ReceivedMail,
  type SmsConfig,
  startPaygateSimulator,
  startPersonalStoreSimulator,
  startPopulationSimulator,
  startPostalSimulator,
  startSmsSimulator,
  startSmtpSimulator,
  startVneidProvider,
  startZaloSimulator,
  type VneidConfig,
  type VneidProcess,
  type ZaloConfig,
} from "./modules/integrations/index.ts";
import type { Db } from "./platform/db.ts";

export interface Integrations {
  paygate?: PaygateConfig;
  mail?: MailConfig;
  sms?: SmsConfig;
  zalo?: ZaloConfig;
  publicUrl(): string;
  vneid?: () => VneidConfig | undefined;
  population?: PopulationConfig;
  personalStore?: PersonalStoreConfig;
  postal?: PostalConfig;
  /** What the demo's mail relay received (the demo's mailbox, the browser journeys' evidence). */
  mailbox?: () => readonly ReceivedMail[];
  /** What the demo's SMS gateway and Zalo account sent (the browser journeys' evidence). */
  texts?: () => readonly { channel: "sms" | "zalo"; phone: string; text: string }[];
  /** Tells the simulators where the server answers, once it listens. */
  connect(serverUrl: string): Promise<void>;
  stop(): Promise<void>;
}

/** The real systems named by the environment; nothing to start. */
export function configuredIntegrations(env: NodeJS.ProcessEnv): Integrations {
  const paygate =
    env.MOTCUA_PAYGATE_URL && env.MOTCUA_PAYGATE_TMN && env.MOTCUA_PAYGATE_SECRET
      ? {
          url: env.MOTCUA_PAYGATE_URL,
          tmnCode: env.MOTCUA_PAYGATE_TMN,
          secret: env.MOTCUA_PAYGATE_SECRET,
        }
      : undefined;
  const mail =
    env.MOTCUA_SMTP_HOST && env.MOTCUA_SMTP_FROM
      ? {
          host: env.MOTCUA_SMTP_HOST,
          port: Number(env.MOTCUA_SMTP_PORT ?? 587),
          user: env.MOTCUA_SMTP_USER ?? "",
          pass: env.MOTCUA_SMTP_PASS ?? "",
          from: env.MOTCUA_SMTP_FROM,
        }
      : undefined;
  const personalStore =
    env.MOTCUA_PERSONAL_STORE_URL && env.MOTCUA_PERSONAL_STORE_TOKEN
      ? {
          url: env.MOTCUA_PERSONAL_STORE_URL,
          token: env.MOTCUA_PERSONAL_STORE_TOKEN,
          system: env.MOTCUA_PERSONAL_STORE_SYSTEM ?? "MOTCUA",
        }
      : undefined;
  const postal =
    env.MOTCUA_POSTAL_URL && env.MOTCUA_POSTAL_TOKEN && env.MOTCUA_POSTAL_CUSTOMER
      ? {
          url: env.MOTCUA_POSTAL_URL,
          token: env.MOTCUA_POSTAL_TOKEN,
          customerCode: env.MOTCUA_POSTAL_CUSTOMER,
        }
      : undefined;
  let url = env.MOTCUA_PUBLIC_URL ?? "";
  return {
    paygate,
    mail,
    personalStore,
    postal,
    publicUrl: () => url,
    connect: async (serverUrl) => {
      url ||= serverUrl;
    },
    stop: async () => {},
  };
}

export async function startSimulators(db: Db): Promise<Integrations> {
  const paygateSim = await startPaygateSimulator();
  const smtp = await startSmtpSimulator();
  const sms = await startSmsSimulator();
  const zalo = await startZaloSimulator();
  const population = await startPopulationSimulator();
  const personalStore = await startPersonalStoreSimulator();
  const postal = await startPostalSimulator();
  let url = "";
  let vneid: VneidProcess | null = null;
  const vneidClient = { clientId: "motcua", clientSecret: randomBytes(24).toString("hex") };
  const paygate = {
    url: paygateSim.url,
    tmnCode: "MOTCUADEMO",
    secret: randomBytes(24).toString("hex"),
  };
  return {
    paygate,
    mail: {
      host: smtp.host,
      port: smtp.port,
      user: smtp.user,
      pass: smtp.pass,
      from: "motcua@demo.invalid",
    },
    sms: { url: sms.url, apiKey: sms.apiKey, secretKey: sms.secretKey, brandname: sms.brandname },
    zalo: { url: zalo.url, accessToken: zalo.accessToken, templateId: zalo.templateId },
    population: { url: population.url, token: population.token, unit: "H58" },
    personalStore: { url: personalStore.url, token: personalStore.token, system: "H58.MOTCUA" },
    postal: { url: postal.url, token: postal.token, customerCode: postal.customerCode },
    mailbox: () => smtp.inbox,
    texts: () => [
      ...sms.sent.map((m) => ({ channel: "sms" as const, phone: m.phone, text: m.content })),
      ...zalo.sent.map((m) => ({
        channel: "zalo" as const,
        phone: m.phone,
        text: Object.values(m.data).join(" "),
      })),
    ],
    publicUrl: () => url,
    vneid: () => (vneid ? { issuer: vneid.issuer, ...vneidClient } : undefined),
    async connect(serverUrl) {
      url = serverUrl;
      // The identity provider registers the server's callback, known once the server listens.
      vneid = await startVneidProvider({
        redirectUris: [`${serverUrl.replace(/\/$/, "")}/api/citizen/callback`],
        ...vneidClient,
      });
      const base = serverUrl.replace(/\/$/, "");
      paygateSim.merchants.set(paygate.tmnCode, {
        secret: paygate.secret,
        ipnUrl: `${base}/api/payments/gateway/ipn`,
      });
      await demoCollectingAccounts(db);
    },
    async stop() {
      await Promise.all([
        paygateSim.stop(),
        smtp.stop(),
        sms.stop(),
        zalo.stop(),
        population.stop(),
        personalStore.stop(),
        postal.stop(),
        vneid?.stop(),
      ]);
    },
  };
}

/** The demo province collects its fees on one treasury account (a demo account number). */
async function demoCollectingAccounts(db: Db): Promise<void> {
  const have = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM payment_accounts");
  if (have.rows[0].n) return;
  const roots = await db.query<{ code: string }>(
    "SELECT code FROM agencies WHERE parent_code IS NULL",
  );
  for (const r of roots.rows)
    await setCollectingAccount(db, {
      agencyCode: r.code,
      bankBin: "970405",
      accountNo: "3900201000001",
      accountName: "KHO BAC NHA NUOC TINH (MAU)",
      bankName: "Agribank",
    });
}
