// What every journey receives, and the helpers journeys share: pages signed in through the API,
// screenshots with an accessibility check, and plain assertions.
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";

export interface Seed {
  password: string;
  /** Usernames by what they are for. */
  users: Record<string, string>;
  codes: { province: string; center: string; departments: string[]; communes: string[] };
  /** Moves the server's clock forward (late dossiers). */
  advance(ms: number): void;
  /** What the demo's SMTP relay (a real SMTP server) received, oldest first. */
  mailbox(): readonly { from: string; to: string[]; raw: string }[];
  /** What the demo's SMS gateway and Zalo account sent, oldest first. */
  texts(): readonly { channel: "sms" | "zalo"; phone: string; text: string }[];
}

export interface JourneyContext {
  browser: Browser;
  baseUrl: string;
  seed: Seed;
  /** A fresh browser context and page; signed in when a username is given. */
  newPage(opts?: {
    user?: string;
    lang?: "vi" | "en";
    /** The browser's own locale (default: that of the language), e.g. "en-US". */
    locale?: string;
  }): Promise<Page>;
  /** Saves test-output/screenshots/<name>.png of the page and runs axe-core on it. */
  screenshot(name: string, page?: Page): Promise<void>;
}

export type Journey = (ctx: JourneyContext) => Promise<void>;

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeIssue {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

export async function axeCheck(page: Page): Promise<AxeIssue[]> {
  // Evaluated through the browser's debugging protocol: the page's CSP forbids inline scripts.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
    const axe = (window as any).axe;
    const r = await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
      },
    });
    return r.violations.map(
      (v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      }),
    );
  });
  return result as AxeIssue[];
}

let ipCounter = 10;

export function makeContext(
  browser: Browser,
  baseUrl: string,
  seed: Seed,
  outDir: string,
  contexts: BrowserContext[],
  axeFailures: string[],
): JourneyContext {
  let last: Page | null = null;
  return {
    browser,
    baseUrl,
    seed,
    async newPage(opts = {}) {
      // Each journey is its own client address, so sign-in rate limits apply per journey as they would per person.
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: opts.locale ?? (opts.lang === "en" ? "en-GB" : "vi-VN"),
        timezoneId: "Asia/Ho_Chi_Minh",
        viewport: { width: 1366, height: 860 },
        extraHTTPHeaders: { "x-forwarded-for": `10.0.0.${ipCounter++}` },
      });
      contexts.push(context);
      if (opts.lang) await context.addCookies([{ name: "lang", value: opts.lang, url: baseUrl }]);
      if (opts.user) {
        const res = await context.request.post("/api/auth/login", {
          data: { username: opts.user, password: seed.password },
        });
        if (!res.ok())
          throw new Error(`sign-in of ${opts.user} failed: ${res.status()} ${await res.text()}`);
      }
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      last = page;
      return page;
    },
    async screenshot(name, page) {
      const p = page ?? last;
      if (!p) throw new Error("screenshot before any page");
      await mkdir(outDir, { recursive: true });
      await p.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
      const issues = await axeCheck(p);
      for (const i of issues.filter((x) => x.impact === "serious" || x.impact === "critical"))
        axeFailures.push(`${name}: [${i.impact}] ${i.id} — ${i.help} (${i.nodes.join(", ")})`);
      for (const i of issues.filter((x) => x.impact !== "serious" && x.impact !== "critical"))
        console.log(`    axe ${name}: [${i.impact}] ${i.id} — ${i.help} (${i.nodes.join(", ")})`);
    },
  };
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/** Waits for visible text on the page (the way a person would look for it). */
export async function see(page: Page, text: string | RegExp, timeout = 10_000) {
  await page.getByText(text).first().waitFor({ state: "visible", timeout });
}
