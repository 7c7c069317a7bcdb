// DEMO ONLY: a self-signed signing identity per agency, made on first use and stored, so the demo
// and the tests can sign. The composition root plugs it in demo mode only; a deployment
// configures its agencies' CA-issued identities (documents/signing/port.ts), and without one
// every signing action is refused.
import type { Clock } from "../../platform/clock.ts";
import { createSigningIdentity, type SignerFor } from "../documents/index.ts";

export function demoSignerFor(clock: Clock): SignerFor {
  return async (sql, agencyCode, agencyName) => {
    const found = await sql.query<{ p12: Uint8Array; demo: boolean }>(
      "SELECT p12, demo FROM acc_signing_identities WHERE agency_code = $1",
      [agencyCode],
    );
    if (found.rows[0]) return { p12: found.rows[0].p12, passphrase: "", demo: found.rows[0].demo };
    const id = createSigningIdentity(
      {
        commonName: `${agencyName} (DEMO - không có giá trị pháp lý)`,
        organisation: agencyName,
        days: 3650,
      },
      clock,
    );
    // Two first uses at once: the first one stored wins, both sign with it.
    await sql.query(
      `INSERT INTO acc_signing_identities (agency_code, demo, p12, cert_pem, created_at)
       VALUES ($1, true, $2, $3, $4) ON CONFLICT (agency_code) DO NOTHING`,
      [agencyCode, id.p12, id.certPem, clock.now()],
    );
    const again = await sql.query<{ p12: Uint8Array; demo: boolean }>(
      "SELECT p12, demo FROM acc_signing_identities WHERE agency_code = $1",
      [agencyCode],
    );
    return { p12: again.rows[0].p12, passphrase: "", demo: again.rows[0].demo };
  };
}
