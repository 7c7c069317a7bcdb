// Look-up in the national population database (Cơ sở dữ liệu quốc gia về dân cư) through the
// data-sharing platform, in the shape of its citizen-information service: a bearer token, the
// 12-digit personal ID and the purpose of the request; maKetQua "0" found, "404" unknown person.
import { postJson } from "../http/json-server.ts";

export interface PopulationConfig {
  url: string;
  token: string;
  /** The requesting unit's code, sent with every request. */
  unit: string;
}

export interface PopulationRecord {
  personalId: string;
  name: string;
  birthdate: string;
  gender: "Nam" | "Nữ";
  permanentAddress: string;
  ethnicity: string;
  nationality: string;
}

export class PopulationRegistry {
  constructor(readonly config: PopulationConfig) {}

  /** The person, or null when the database has no such ID; throws (no personal data) on failure. */
  async lookup(
    personalId: string,
    purpose: string,
    requestId: string,
  ): Promise<PopulationRecord | null> {
    const r = await postJson(
      `${this.config.url}/api/congdan/tracuu`,
      { soDinhDanh: personalId, mucDich: purpose, maDonVi: this.config.unit, maYeuCau: requestId },
      { authorization: `Bearer ${this.config.token}` },
      8000,
    );
    if (r.json.maKetQua === "404") return null;
    if (r.json.maKetQua !== "0")
      throw new Error(`population ${String(r.json.maKetQua ?? r.status)}`);
    const c = r.json.congDan as Record<string, string>;
    return {
      personalId: c.soDinhDanh,
      name: c.hoVaTen,
      birthdate: c.ngaySinh,
      gender: c.gioiTinh === "Nữ" ? "Nữ" : "Nam",
      permanentAddress: c.noiThuongTru,
      ethnicity: c.danToc,
      nationality: c.quocTich,
    };
  }
}
