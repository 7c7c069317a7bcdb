// A counter officer's session against a running server.
import { OFFICER } from "./province.ts";

export interface Session {
  url: string;
  headers: Record<string, string>;
  /** The last refusal's status and body (to explain a run that acknowledged nothing). */
  lastRefusal?: string;
}

export async function signIn(url: string): Promise<Session> {
  const r = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(OFFICER),
  });
  if (r.status !== 200) throw new Error(`sign-in: ${r.status} ${await r.text()}`);
  const cookie = (r.headers.get("set-cookie") ?? "").split(";")[0];
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return {
    url,
    headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
  };
}

/** One counter intake; the dossier's code when the server acknowledged it, else null. */
export async function intake(s: Session, body: unknown): Promise<string | null> {
  try {
    const r = await fetch(`${s.url}/api/dossiers`, {
      method: "POST",
      headers: s.headers,
      body: JSON.stringify(body),
    });
    if (!r.ok) {
      s.lastRefusal = `${r.status} ${(await r.text()).slice(0, 500)}`;
      return null;
    }
    const j = (await r.json()) as { dossier?: { code?: string } };
    if (!j.dossier?.code) s.lastRefusal = `${r.status} without a dossier code`;
    return j.dossier?.code ?? null;
  } catch (e) {
    s.lastRefusal = `no answer: ${(e as Error).cause ?? e}`;
    return null; // the connection dropped: not acknowledged
  }
}
