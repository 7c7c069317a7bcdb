// Demo province data: names of real units of the merged Đồng Tháp province (Tiền Giang merged
// into Đồng Tháp, Resolution 202/2025/QH15). Codes are illustrative electronic identifiers.
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
  ["16", "Công an tỉnh"],
  ["17", "Bảo hiểm xã hội tỉnh"],
  ["18", "Thuế tỉnh"],
  ["19", "Chi cục Hải quan khu vực"],
  ["20", "Kho bạc Nhà nước khu vực"],
];

/** Central agencies' local branches (level "vertical"). */
export const DEMO_VERTICAL = new Set(["16", "17", "18", "19", "20"]);

const COMMUNE_NAMES = [
  "Tân Phước 1", "Tân Phước 2", "Tân Phước 3", "Hưng Thạnh", "Tân Hương", "Châu Thành", "Long Hưng", "Long Định",
  "Vĩnh Kim", "Kim Sơn", "Bình Trưng", "Mỹ Tịnh An", "Lương Hòa Lạc", "Tân Thuận Bình", "Chợ Gạo", "An Thạnh Thủy",
  "Bình Ninh", "Vĩnh Bình", "Đồng Sơn", "Phú Thành", "Long Bình", "Vĩnh Hựu", "Gò Công Tây", "Tân Điền", "Tân Hòa",
  "Tân Đông", "Gia Thuận", "Tân Thành", "Tân Phú Đông", "Tân Thới", "Cái Bè", "Hậu Mỹ", "Hội Cư", "Mỹ Đức Tây",
  "Mỹ Thiện", "Thanh Hưng", "An Hữu", "Mỹ Lợi", "Tân Hồng", "Cai Lậy", "Bình Phú", "Hiệp Đức", "Ngũ Hiệp",
  "Long Tiên", "Mỹ Thành", "Thạnh Phú", "Phú Cường", "Tam Nông", "Tràm Chim", "An Hòa", "Thanh Bình", "Tân Long",
  "Bình Thành", "Tân Thạnh", "Tháp Mười", "Mỹ Quí", "Đốc Binh Kiều", "Trường Xuân", "Phương Thịnh", "Phong Mỹ",
  "Ba Sao", "Mỹ Thọ", "Bình Hàng Trung", "Mỹ Hiệp", "Mỹ An Hưng", "Tân Khánh Trung", "Lấp Vò", "Lai Vung",
  "Tân Dương", "Hòa Long", "Phong Hòa", "Tân Nhuận Đông", "Tân Phú Trung", "Phú Hựu", "Thường Phước", "Thường Lạc",
  "Long Khánh", "Long Phú Thuận", "An Long", "Phú Thọ", "Tân Hộ Cơ", "Tân Thành A", "An Bình", "Bình Xuân",
];
const WARD_NAMES = [
  "Mỹ Tho", "Đạo Thạnh", "Mỹ Phong", "Thới Sơn", "Trung An", "Gò Công", "Long Thuận", "Sơn Qui", "Bình Xuân",
  "Cao Lãnh", "Mỹ Ngãi", "Mỹ Trà", "Sa Đéc", "Tân Quy Đông", "An Bình Phường", "Hồng Ngự", "Thường Lạc Phường",
];

/** About a hundred communes and wards (two-tier local government since 1 July 2025). */
export const DEMO_COMMUNES: { suffix: string; name: string }[] = [
  ...COMMUNE_NAMES.map((n, i) => ({ suffix: String(101 + i), name: `Ủy ban nhân dân xã ${n}` })),
  ...WARD_NAMES.map((n, i) => ({ suffix: String(101 + COMMUNE_NAMES.length + i), name: `Ủy ban nhân dân phường ${n}` })),
];

export const DEMO_CENTER = { suffix: "99", name: "Trung tâm Phục vụ hành chính công tỉnh" };
