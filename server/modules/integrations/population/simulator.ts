// A local population database with a synthetic population (the demo citizens and people made
// from their ID numbers, none real): bearer token, purpose required, 404 for unknown people.
import { randomUUID } from "node:crypto";
import { startJsonServer } from "../http/json-server.ts";
import { DEMO_CITIZENS } from "../vneid/citizens.ts";

export interface PopulationSimulator {
  url: string;
  token: string;
  requests: { purpose: string }[];
  stop(): Promise<void>;
}

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi"];
const GIVEN = ["An", "Bình", "Cường", "Dung", "Hà", "Khánh", "Lan", "Minh", "Nam", "Thảo"];

/** A synthetic person for IDs whose last digit is even; odd ones are unknown to the database. */
function person(id: string) {
  const demo = DEMO_CITIZENS.find((c) => c.personalId === id);
  if (demo)
    return {
      soDinhDanh: id,
      hoVaTen: demo.name,
      ngaySinh: demo.birthdate,
      gioiTinh: demo.gender === "female" ? "Nữ" : "Nam",
      noiThuongTru: demo.address,
      danToc: "Kinh",
      quocTich: "Việt Nam",
    };
  if (Number(id[11]) % 2) return null;
  const n = Number(id.slice(6));
  const female = Number(id[3]) % 2 === 1;
  const year = (Number(id[3]) >= 2 ? 2000 : 1900) + Number(id.slice(4, 6));
  return {
    soDinhDanh: id,
    hoVaTen: `${FAMILY[n % FAMILY.length]} ${female ? "Thị" : "Văn"} ${GIVEN[n % GIVEN.length]}`,
    ngaySinh: `${year}-${String((n % 12) + 1).padStart(2, "0")}-${String((n % 28) + 1).padStart(2, "0")}`,
    gioiTinh: female ? "Nữ" : "Nam",
    noiThuongTru: `Số ${(n % 200) + 1}, ấp ${(n % 7) + 1}, tỉnh Đồng Tháp`,
    danToc: "Kinh",
    quocTich: "Việt Nam",
  };
}

export async function startPopulationSimulator(): Promise<PopulationSimulator> {
  const token = randomUUID();
  const requests: PopulationSimulator["requests"] = [];
  const srv = await startJsonServer({
    "POST /api/congdan/tracuu": (raw, req) => {
      const b = raw as { soDinhDanh?: string; mucDich?: string };
      if (req.headers.authorization !== `Bearer ${token}`)
        return { status: 401, json: { maKetQua: "401" } };
      if (!b.mucDich?.trim())
        return { status: 400, json: { maKetQua: "400", moTa: "Thiếu mục đích" } };
      if (!/^[0-9]{12}$/.test(b.soDinhDanh ?? ""))
        return { status: 400, json: { maKetQua: "400" } };
      requests.push({ purpose: b.mucDich });
      const p = person(b.soDinhDanh ?? "");
      return p ? { json: { maKetQua: "0", congDan: p } } : { json: { maKetQua: "404" } };
    },
  });
  return { ...srv, token, requests };
}
