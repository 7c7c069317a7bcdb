// The citizen's personal data store on the national public service portal (Kho quản lý dữ liệu
// điện tử của tổ chức, cá nhân — Decree 45/2020/NĐ-CP Art. 16; Circular 01/2023/TT-VPCP): an
// issued electronic result is pushed to the applicant's store, in the shape of the portal's
// data-sharing service (bearer token; one result is identified by the dossier code and the
// sha256 of the signed document, so a push sent twice is stored once). maKetQua "0" = stored,
// "1" = already stored (the same receipt).
import { httpRefusal } from "../http/delivery-error.ts";
import { postJson } from "../http/json-server.ts";

export interface PersonalStoreConfig {
  url: string;
  token: string;
  /** The sending agency system's code, sent with every push. */
  system: string;
  /** How long to wait for the acknowledgement (default 15 s); then the push is retried. */
  timeoutMs?: number;
}

export interface ResultPush {
  /** The applicant's 12-digit personal ID: whose store receives the result. */
  personalId: string;
  dossierCode: string;
  resultCode: string;
  procedureCode: string;
  fileName: string;
  /** The signed PDF. */
  pdf: Uint8Array;
  sha256: string;
  issuedAt: string;
}

export class PersonalDataStore {
  constructor(readonly config: PersonalStoreConfig) {}

  /** The store's receipt number once it acknowledges; throws (no personal data) otherwise. */
  async pushResult(p: ResultPush): Promise<string> {
    const r = await postJson(
      `${this.config.url}/api/kho-du-lieu/v1/ket-qua`,
      {
        maHeThong: this.config.system,
        soDinhDanh: p.personalId,
        maHoSo: p.dossierCode,
        soKetQua: p.resultCode,
        maTTHC: p.procedureCode,
        tenTep: p.fileName,
        duLieuTep: Buffer.from(p.pdf).toString("base64"),
        maBam: p.sha256,
        ngayBanHanh: p.issuedAt,
      },
      { authorization: `Bearer ${this.config.token}` },
      this.config.timeoutMs ?? 15_000,
    );
    const code = String(r.json.maKetQua ?? "");
    if (r.status === 200 && (code === "0" || code === "1") && typeof r.json.soBienNhan === "string")
      return r.json.soBienNhan;
    throw httpRefusal("personal store", r, code || "-");
  }
}
