// A late demo dossier explained and apologised for through the staff API, as the officers would:
// the handling officer drafts the explanation before the appointment passes, the head signs
// Form 04 with the new date (recorded once on the dossier).
import type { Hono } from "hono";
import type { WorkCalendar } from "../modules/dossiers/index.ts";
import { vnIso } from "../modules/dossiers/index.ts";
import type { Env } from "../platform/http.ts";
import { DEMO_PASSWORD } from "./users.ts";

async function signIn(app: Hono<Env>, username: string) {
  const res = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "127.0.0.1" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`demo sign-in ${username}: ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (path: string, body: unknown) => {
    const r = await app.request(path, {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (r.status !== 200) throw new Error(`demo ${path}: ${r.status} ${await r.text()}`);
  };
}

export async function apologise(
  app: Hono<Env>,
  clock: { set(d: Date): void },
  o: {
    code: string;
    receivedAt: Date;
    dueAt: Date;
    cal: WorkCalendar;
    handler: string;
    head: string;
    /** The head's title on Form 04 (CHỦ TỊCH, TRƯỞNG CÔNG AN XÃ, …). */
    position: string;
    reason: string;
  },
): Promise<void> {
  const { cal } = o;
  const drafted = cal.addWorkingMinutes(
    o.receivedAt,
    Math.round(cal.workingMinutesBetween(o.receivedAt, o.dueAt) * 0.85),
  );
  clock.set(drafted);
  const officer = await signIn(app, o.handler);
  const path = `/api/dossiers/${encodeURIComponent(o.code)}/late`;
  await officer(`${path}/explanation`, {
    reason: o.reason,
    proposedDueAt: vnIso(cal.addWorkingMinutes(o.dueAt, 3 * 8 * 60)),
  });
  clock.set(cal.addWorkingMinutes(drafted, 60));
  const head = await signIn(app, o.head);
  await head(`${path}/approve`, { version: 1, position: o.position });
}
