// The relying party's side of VNeID sign-in (OpenID Connect, authorization code with PKCE), with
// openid-client: discovery, the authorization URL, the code exchange and the ID token's claims.
import * as oidc from "openid-client";

export interface VneidConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface VneidIdentity {
  subject: string;
  personalId: string;
  name: string;
  birthdate: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
  url: string;
}

export class VneidClient {
  private config: Promise<oidc.Configuration> | null = null;
  constructor(readonly settings: () => VneidConfig | undefined) {}

  private discover(): Promise<oidc.Configuration> {
    const s = this.settings();
    if (!s) throw new Error("VNeID is not configured");
    this.config ??= oidc
      .discovery(
        new URL(s.issuer),
        s.clientId,
        s.clientSecret,
        undefined,
        // The local simulator answers on 127.0.0.1 without TLS; a real issuer is https.
        s.issuer.startsWith("http://127.0.0.1") ? { execute: [oidc.allowInsecureRequests] } : {},
      )
      .catch((e) => {
        this.config = null;
        throw e;
      });
    return this.config;
  }

  async start(redirectUri: string): Promise<PendingLogin> {
    const config = await this.discover();
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: "openid profile phone email",
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    return { state, nonce, verifier, url: url.href };
  }

  async finish(currentUrl: URL, pending: Omit<PendingLogin, "url">): Promise<VneidIdentity> {
    const config = await this.discover();
    const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
    });
    const c = tokens.claims();
    if (!c) throw new Error("no ID token");
    // Some claims come from the UserInfo endpoint when the ID token carries only sub.
    const info = c.personal_id ? c : await oidc.fetchUserInfo(config, tokens.access_token, c.sub);
    const personalId = String(info.personal_id ?? "");
    if (!/^[0-9]{12}$/.test(personalId)) throw new Error("the identity has no personal ID number");
    const str = (v: unknown) => (typeof v === "string" && v ? v : null);
    return {
      subject: c.sub,
      personalId,
      name: String(info.name ?? ""),
      birthdate: str(info.birthdate),
      phone: str(info.phone_number),
      email: str(info.email),
      address: str((info.address as { formatted?: string } | undefined)?.formatted),
    };
  }
}
