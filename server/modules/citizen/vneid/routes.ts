// Sign-in with VNeID and the signed-in citizen's own pages: who am I, my dossiers (with their
// payments, results and complaints), and online submission as a verified applicant.
import {
  citizenMe,
  citizenSubmission,
  loginQuery,
  myDossiers,
  signedOut,
} from "../../../../shared/contracts/citizen.ts";
import { AppError } from "../../../platform/errors.ts";
import type { Api } from "../../../platform/http.ts";
import {
  createDossier,
  dossiersOfApplicant,
  intakeBody,
  submissionConfirmation,
} from "../../dossiers/index.ts";
import { PUBLIC_ACTOR } from "../../identity/index.ts";
import type { CitizenDeps } from "../deps.ts";
import { applicantDeliveries } from "../results/applicant-deliveries.ts";
import { citizenOf, closeSession, openSession, sessionCookie } from "./session.ts";

const citizenBody = intakeBody.omit({
  decision: true,
  channel: true,
  vneidVerified: true,
  populationDb: true,
});

/** Only a path of this site: never an address elsewhere. */
const safeReturn = (p: string | undefined) =>
  p && /^\/(?!\/)[\w\-./?=&%]*$/.test(p) ? p : "/ho-so-cua-toi";

export function notSignedIn() {
  return new AppError("citizen.not_signed_in", "unauthenticated", {
    vi: "Cần đăng nhập bằng tài khoản định danh điện tử VNeID.",
    en: "Sign in with your VNeID electronic identity.",
  });
}

export function vneidRoutes(api: Api, deps: CitizenDeps) {
  const { db, clock } = deps;
  const secure = deps.config.secureCookies;
  const callbackOf = (url: string) => `${new URL(url).origin}/api/citizen/callback`;
  const unavailable = () =>
    new AppError("citizen.vneid_unavailable", "conflict", {
      vi: "Chưa kết nối dịch vụ định danh điện tử VNeID.",
      en: "The VNeID identity service is not connected.",
    });

  api.route(
    {
      method: "get",
      path: "/api/citizen/login",
      summary: "Đăng nhập bằng VNeID / Sign in with VNeID",
      tag: "citizen",
      query: loginQuery,
      auth: false,
      produces: "redirect",
    },
    async (c, { query }) => {
      if (!deps.vneid) throw unavailable();
      const p = await deps.vneid.start(callbackOf(c.req.url));
      await db.query(
        "INSERT INTO citizen_logins (state, nonce, verifier, return_to, created_at) VALUES ($1, $2, $3, $4, $5)",
        [p.state, p.nonce, p.verifier, safeReturn(query.returnTo), clock.now()],
      );
      return c.redirect(p.url, 302);
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/citizen/callback",
      summary: "VNeID trả về sau đăng nhập / VNeID callback",
      tag: "citizen",
      auth: false,
      produces: "redirect",
    },
    async (c) => {
      if (!deps.vneid) throw unavailable();
      const url = new URL(c.req.url);
      // The pending sign-in is used once.
      const r = await db.query<{
        state: string;
        nonce: string;
        verifier: string;
        return_to: string;
      }>(
        "DELETE FROM citizen_logins WHERE state = $1 AND created_at > $2 RETURNING state, nonce, verifier, return_to",
        [url.searchParams.get("state") ?? "", new Date(clock.now().getTime() - 15 * 60_000)],
      );
      const pending = r.rows[0];
      if (!pending)
        throw new AppError("citizen.login_expired", "bad_input", {
          vi: "Phiên đăng nhập VNeID đã hết hạn hoặc không hợp lệ; hãy đăng nhập lại.",
          en: "The VNeID sign-in expired or is not valid; sign in again.",
        });
      let who: Awaited<ReturnType<NonNullable<CitizenDeps["vneid"]>["finish"]>>;
      try {
        who = await deps.vneid.finish(url, pending);
      } catch {
        throw new AppError("citizen.login_refused", "unauthenticated", {
          vi: "VNeID không xác nhận được đăng nhập; hãy thử lại.",
          en: "VNeID did not confirm the sign-in; try again.",
        });
      }
      const token = await openSession(db, clock, who);
      c.header("set-cookie", sessionCookie(token, secure));
      c.header("cache-control", "no-store");
      return c.redirect(pending.return_to, 302);
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/citizen/logout",
      summary: "Đăng xuất / Sign out",
      tag: "citizen",
      auth: false,
      response: signedOut,
    },
    async (c) => {
      await closeSession(db, c);
      c.header("set-cookie", sessionCookie("", secure, 0));
      return { signedIn: false as const };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/citizen/me",
      summary: "Công dân đã đăng nhập / Signed-in citizen",
      tag: "citizen",
      auth: false,
      response: citizenMe,
    },
    async (c) => {
      c.header("cache-control", "no-store");
      const me = await citizenOf(db, clock, c);
      return me ? { signedIn: true, ...me } : { signedIn: false };
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/citizen/dossiers",
      summary:
        "Nộp hồ sơ trực tuyến với định danh VNeID / Submit online as a VNeID-verified applicant",
      tag: "citizen",
      body: citizenBody,
      auth: false,
      response: citizenSubmission,
    },
    async (c, { body }) => {
      const me = await citizenOf(db, clock, c);
      if (!me) throw notSignedIn();
      const r = await createDossier(deps, PUBLIC_ACTOR, {
        ...body,
        channel: 2,
        // The applicant is the person VNeID asserted (Decree 69/2024/NĐ-CP on electronic identity).
        applicant: { ...body.applicant, name: me.name, idNumber: me.personalId },
        vneidVerified: true,
        populationDb: false,
      });
      c.header("cache-control", "no-store");
      return submissionConfirmation(deps, r.dossier);
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/citizen/dossiers",
      summary: "Hồ sơ của tôi / My dossiers",
      tag: "citizen",
      auth: false,
      response: myDossiers,
    },
    async (c) => {
      const me = await citizenOf(db, clock, c);
      if (!me) throw notSignedIn();
      c.header("cache-control", "no-store");
      const list = await dossiersOfApplicant(db, me.personalId);
      const codes = list.map((d) => d.code);
      const pays = await db.query<{
        dossier_code: string;
        amount: number;
        status: string;
        paid_at: Date | null;
        reference: string;
      }>(
        "SELECT dossier_code, amount, status, paid_at, reference FROM payments WHERE dossier_code = ANY($1::text[]) ORDER BY created_at",
        [codes],
      );
      const complaints = await db.query<{ dossier_code: string; code: string; status: string }>(
        "SELECT dossier_code, code, state AS status FROM complaints WHERE dossier_code = ANY($1::text[])",
        [codes],
      );
      const sent = await applicantDeliveries(db, codes);
      return {
        dossiers: list.map((d) => ({
          code: d.code,
          procedure: d.procedureCode,
          status: d.status,
          state: d.state,
          submittedAt: d.submittedAt.toISOString(),
          dueAt: (d.extendedDueAt ?? d.dueAt)?.toISOString() ?? null,
          vneidVerified: d.vneidVerified,
          paidOnline: d.paidOnline,
          fees: d.fees,
          result: d.result ? { code: d.result.code } : null,
          payments: pays.rows
            .filter((p) => p.dossier_code === d.code)
            .map((p) => ({
              reference: p.reference,
              amount: Number(p.amount),
              status: p.status,
              paidAt: p.paid_at ? new Date(p.paid_at).toISOString() : null,
            })),
          complaints: complaints.rows
            .filter((x) => x.dossier_code === d.code)
            .map((x) => ({ code: x.code, status: x.status })),
          deliveries: sent.get(d.code) ?? { notices: [], results: [] },
        })),
      };
    },
  );
}
