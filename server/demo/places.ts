// Demo province data: names of real units of the merged Đồng Tháp province (Tiền Giang merged
// into Đồng Tháp, Resolution 202/2025/QH15; its communes and wards from 1 July 2025 by Resolution
// 1663/NQ-UBTVQH15 of 16 June 2025, listed with their sources in dong-thap-2025.json). Codes are
// illustrative electronic identifiers.
export const DEMO_PROVINCE = { code: "H58", name: "Ủy ban nhân dân tỉnh Đồng Tháp" };

export const DEMO_DEPARTMENTS: [suffix: string, name: string][] = [
  ["01", "Văn phòng Ủy ban nhân dân tỉnh"],
  ["02", "Sở Nội vụ"],
  ["03", "Sở Tư pháp"],
  ["04", "Sở Tài chính"],
  ["05", "Sở Công Thương"],
  ["06", "Sở Nông nghiệp và Môi trường"],
  ["07", "Sở Xây dựng"],
  ["08", "Sở Khoa học và Công nghệ"],
  ["09", "Sở Giáo dục và Đào tạo"],
  ["10", "Sở Y tế"],
  ["11", "Sở Văn hóa, Thể thao và Du lịch"],
  ["12", "Sở Dân tộc và Tôn giáo"],
  ["13", "Thanh tra tỉnh"],
  ["14", "Ban Quản lý các khu công nghiệp"],
  ["15", "Sở Ngoại vụ"],
  ["16", "Công an tỉnh Đồng Tháp"],
  ["17", "Bảo hiểm xã hội tỉnh"],
  ["18", "Thuế tỉnh"],
  ["19", "Chi cục Hải quan khu vực"],
  ["20", "Kho bạc Nhà nước khu vực"],
];

/** Central agencies' local branches (level "vertical"). */
export const DEMO_VERTICAL = new Set(["16", "17", "18", "19", "20"]);

/** The provincial police: the commune police units hang under it. */
export const DEMO_POLICE = "16";

// Communes (xã) and wards (phường) as Resolution 1663/NQ-UBTVQH15 names them; the order only
// fixes each unit's demo code (the first two are the demo officers' communes).
const COMMUNE_NAMES = [
  "Tân Phước 1",
  "Tân Phước 2",
  "Tân Phước 3",
  "Hưng Thạnh",
  "Tân Hương",
  "Châu Thành",
  "Long Hưng",
  "Long Định",
  "Vĩnh Kim",
  "Kim Sơn",
  "Bình Trưng",
  "Mỹ Tịnh An",
  "Lương Hòa Lạc",
  "Tân Thuận Bình",
  "Chợ Gạo",
  "An Thạnh Thủy",
  "Bình Ninh",
  "Vĩnh Bình",
  "Đồng Sơn",
  "Phú Thành",
  "Long Bình",
  "Vĩnh Hựu",
  "Gò Công Đông",
  "Tân Điền",
  "Tân Hòa",
  "Tân Đông",
  "Gia Thuận",
  "Tân Thành",
  "Tân Phú Đông",
  "Tân Thới",
  "Cái Bè",
  "Hậu Mỹ",
  "Hội Cư",
  "Mỹ Đức Tây",
  "Mỹ Thiện",
  "Thanh Hưng",
  "An Hữu",
  "Mỹ Lợi",
  "Tân Hồng",
  "An Phước",
  "Bình Phú",
  "Hiệp Đức",
  "Ngũ Hiệp",
  "Long Tiên",
  "Mỹ Thành",
  "Thạnh Phú",
  "Phú Cường",
  "Tam Nông",
  "Tràm Chim",
  "An Hòa",
  "Thanh Bình",
  "Tân Long",
  "Bình Thành",
  "Tân Thạnh",
  "Tháp Mười",
  "Mỹ Quí",
  "Đốc Binh Kiều",
  "Trường Xuân",
  "Phương Thịnh",
  "Phong Mỹ",
  "Ba Sao",
  "Mỹ Thọ",
  "Bình Hàng Trung",
  "Mỹ Hiệp",
  "Mỹ An Hưng",
  "Tân Khánh Trung",
  "Lấp Vò",
  "Lai Vung",
  "Tân Dương",
  "Hòa Long",
  "Phong Hòa",
  "Tân Nhuận Đông",
  "Tân Phú Trung",
  "Phú Hựu",
  "Thường Phước",
  "Thanh Mỹ",
  "Long Khánh",
  "Long Phú Thuận",
  "An Long",
  "Phú Thọ",
  "Tân Hộ Cơ",
  "Tân Phú",
];
const WARD_NAMES = [
  "Mỹ Tho",
  "Đạo Thạnh",
  "Mỹ Phong",
  "Thới Sơn",
  "Trung An",
  "Gò Công",
  "Long Thuận",
  "Sơn Qui",
  "Bình Xuân",
  "Cao Lãnh",
  "Mỹ Ngãi",
  "Mỹ Trà",
  "Sa Đéc",
  "Mỹ Phước Tây",
  "An Bình",
  "Hồng Ngự",
  "Thường Lạc",
  "Thanh Hòa",
  "Cai Lậy",
  "Nhị Quý",
];

export interface DemoCommune {
  suffix: string;
  /** "xã" or "phường". */
  kind: "xã" | "phường";
  /** The place's own name (as the resolution spells it). */
  place: string;
  /** The People's Committee: the competent agency of the commune's procedures. */
  name: string;
  /** The commune-level police (Công an xã / phường), under the provincial police. */
  police: { suffix: string; name: string };
}

const commune = (kind: "xã" | "phường", place: string, i: number): DemoCommune => {
  const suffix = String(101 + i);
  return {
    suffix,
    kind,
    place,
    name: `Ủy ban nhân dân ${kind} ${place}`,
    police: { suffix: `${DEMO_POLICE}.${suffix}`, name: `Công an ${kind} ${place}` },
  };
};

/**
 * Every commune-level unit of the province (two-tier local government since 1 July 2025): 82
 * communes and 20 wards, each with its People's Committee and its police. Residence registration
 * is the commune police's (Law on Residence 2020 Art. 2; Decree 154/2024/NĐ-CP).
 */
export const DEMO_COMMUNES: DemoCommune[] = [
  ...COMMUNE_NAMES.map((n, i) => commune("xã", n, i)),
  ...WARD_NAMES.map((n, i) => commune("phường", n, COMMUNE_NAMES.length + i)),
];

export const DEMO_CENTER = { suffix: "99", name: "Trung tâm Phục vụ hành chính công tỉnh" };
