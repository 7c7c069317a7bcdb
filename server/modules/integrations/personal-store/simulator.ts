// A local personal data store: checks the bearer token, the personal ID, that the file is a PDF
// whose sha256 is the one declared; the same dossier code and sha256 twice is stored once (same
// receipt). Outages (503 with Retry-After) and lost acknowledgements (stored, answered 504) on
// demand (http/faults.ts).
import { createHash, randomUUID } from "node:crypto";
import { acknowledged, type Faults, noFaults, outage } from "../http/faults.ts";
import { startJsonServer } from "../http/json-server.ts";

export interface StoredResult {
  personalId: string;
  dossierCode: string;
  resultCode: string;
  sha256: string;
  receipt: string;
  bytes: number;
}

export interface PersonalStoreSimulator extends Faults {
  url: string;
  token: string;
  stored: StoredResult[];
  /** Requests received (including refused and repeated ones). */
  requests: number;
  stop(): Promise<void>;
}

export async function startPersonalStoreSimulator(): Promise<PersonalStoreSimulator> {
  const state = Object.assign(noFaults(), {
    token: randomUUID(),
    stored: [] as StoredResult[],
    requests: 0,
  });
  const srv = await startJsonServer({
    "POST /api/kho-du-lieu/v1/ket-qua": async (raw, req) => {
      state.requests++;
      if (req.headers.authorization !== `Bearer ${state.token}`)
        return { status: 401, json: { maKetQua: "401", moTa: "Unauthorized" } };
      const down = outage(state);
      if (down) return down;
      const b = raw as Record<string, string>;
      if (!/^[0-9]{12}$/.test(b.soDinhDanh ?? ""))
        return { status: 400, json: { maKetQua: "400", moTa: "soDinhDanh invalid" } };
      if (!b.maHoSo || !b.soKetQua || !/^[0-9a-f]{64}$/.test(b.maBam ?? ""))
        return { status: 400, json: { maKetQua: "400", moTa: "missing fields" } };
      const pdf = Buffer.from(b.duLieuTep ?? "", "base64");
      if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-")
        return { status: 400, json: { maKetQua: "400", moTa: "not a PDF" } };
      if (createHash("sha256").update(pdf).digest("hex") !== b.maBam)
        return { status: 400, json: { maKetQua: "400", moTa: "maBam mismatch" } };
      const seen = state.stored.find((s) => s.dossierCode === b.maHoSo && s.sha256 === b.maBam);
      if (seen) return { json: { maKetQua: "1", soBienNhan: seen.receipt } };
      const receipt = `KDL-${randomUUID().slice(0, 8).toUpperCase()}`;
      state.stored.push({
        personalId: b.soDinhDanh,
        dossierCode: b.maHoSo,
        resultCode: b.soKetQua,
        sha256: b.maBam,
        receipt,
        bytes: pdf.length,
      });
      return acknowledged(state, { json: { maKetQua: "0", soBienNhan: receipt } });
    },
  });
  return Object.assign(state, { url: srv.url, stop: srv.stop });
}
