// E-forms with the fields of the official templates, for the demo's most used procedures. The
// applicant's own name, ID number, phone and address come from build.ts (APPLICANT).
import type { JsonSchema } from "../rules/eform-schema.ts";

const date = (title: string): JsonSchema => ({ type: "string", format: "date", title });
const text = (title: string, maxLength = 200, minLength = 1): JsonSchema => ({
  type: "string",
  title,
  minLength,
  maxLength,
});
const personalId = (title: string): JsonSchema => ({
  type: "string",
  title,
  // Law on Identification 2023, Art. 12: the personal identification number has 12 digits.
  pattern: "^[0-9]{12}$",
});
const SEX: JsonSchema = { type: "string", title: "Giới tính", enum: ["Nam", "Nữ"] };

/** Tờ khai đăng ký khai sinh (Circular 04/2020/TT-BTP, Appendix; amended by Circular 04/2024). */
export const BIRTH_FORM: Record<string, JsonSchema> = {
  quanHeVoiTre: text("Quan hệ với người được khai sinh", 50),
  hoTenTre: text("Họ, chữ đệm và tên trẻ", 100, 2),
  ngaySinhTre: date("Ngày, tháng, năm sinh của trẻ"),
  gioiTinh: SEX,
  danTocTre: text("Dân tộc", 50),
  quocTichTre: text("Quốc tịch", 50),
  noiSinh: text("Nơi sinh (cơ sở y tế hoặc địa chỉ)", 300),
  queQuan: text("Quê quán", 300),
  hoTenMe: text("Họ, chữ đệm và tên người mẹ", 100, 2),
  namSinhMe: date("Ngày, tháng, năm sinh của mẹ"),
  danTocMe: text("Dân tộc của mẹ", 50),
  quocTichMe: text("Quốc tịch của mẹ", 50),
  soDinhDanhMe: personalId("Số định danh cá nhân của mẹ"),
  noiCuTruMe: text("Nơi cư trú của mẹ", 300),
  hoTenCha: text("Họ, chữ đệm và tên người cha", 100, 2),
  namSinhCha: date("Ngày, tháng, năm sinh của cha"),
  danTocCha: text("Dân tộc của cha", 50),
  quocTichCha: text("Quốc tịch của cha", 50),
  soDinhDanhCha: personalId("Số định danh cá nhân của cha"),
  noiCuTruCha: text("Nơi cư trú của cha", 300),
};
export const BIRTH_REQUIRED = [
  "hoTenTre",
  "ngaySinhTre",
  "gioiTinh",
  "danTocTre",
  "quocTichTre",
  "noiSinh",
  "hoTenMe",
];

/** Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (Circular 04/2020/TT-BTP, Appendix). */
export const MARITAL_STATUS_FORM: Record<string, JsonSchema> = {
  quanHeVoiNguoiDuocCap: text("Quan hệ với người được cấp giấy xác nhận", 50),
  hoTenNguoiDuocCap: text("Họ, chữ đệm và tên người được cấp", 100, 2),
  ngaySinh: date("Ngày, tháng, năm sinh"),
  gioiTinh: SEX,
  danToc: text("Dân tộc", 50),
  quocTich: text("Quốc tịch", 50),
  noiCuTru: text("Nơi cư trú", 300),
  cuTruTuNgay: date("Thời gian cư trú tại nơi đề nghị: từ ngày"),
  cuTruDenNgay: date("Thời gian cư trú tại nơi đề nghị: đến ngày"),
  tinhTrangHonNhan: {
    type: "string",
    title: "Tình trạng hôn nhân",
    enum: ["Chưa đăng ký kết hôn với ai", "Đã ly hôn", "Vợ/chồng đã chết", "Đang có vợ/chồng"],
  },
  mucDich: text("Mục đích sử dụng Giấy xác nhận", 300, 3),
};
export const MARITAL_STATUS_REQUIRED = [
  "hoTenNguoiDuocCap",
  "ngaySinh",
  "noiCuTru",
  "tinhTrangHonNhan",
  "mucDich",
];

/** CT01 Tờ khai thay đổi thông tin cư trú (Circular 66/2023/TT-BCA, amending 56/2021/TT-BCA). */
export const RESIDENCE_FORM: Record<string, JsonSchema> = {
  kinhGui: text("Kính gửi (cơ quan đăng ký cư trú)", 200),
  ngaySinh: date("Ngày, tháng, năm sinh"),
  gioiTinh: SEX,
  hoTenChuHo: text("Họ, chữ đệm và tên chủ hộ", 100, 2),
  quanHeChuHo: text("Mối quan hệ với chủ hộ", 50),
  soDinhDanhChuHo: personalId("Số định danh cá nhân của chủ hộ"),
  diaChiThuongTru: text("Nội dung đề nghị: địa chỉ đăng ký thường trú", 300, 5),
  thanhVienCungThayDoi: {
    type: "array",
    title: "Những thành viên trong hộ gia đình cùng thay đổi (họ tên, số định danh)",
    items: { type: "string", maxLength: 200 },
    maxItems: 20,
  },
};
export const RESIDENCE_REQUIRED = ["diaChiThuongTru", "hoTenChuHo", "quanHeChuHo"];

/** Mẫu số 04/ĐK Đơn đăng ký đất đai, tài sản gắn liền với đất (Decree 101/2024/NĐ-CP). */
export const LAND_FIRST_FORM: Record<string, JsonSchema> = {
  soThua: { type: "string", title: "Thửa đất số", pattern: "^[0-9]{1,6}$" },
  soToBanDo: { type: "string", title: "Tờ bản đồ số", pattern: "^[0-9]{1,4}$" },
  diaChiThuaDat: text("Địa chỉ thửa đất", 300),
  dienTich: { type: "number", title: "Diện tích (m²)", minimum: 0 },
  hinhThucSuDung: {
    type: "string",
    title: "Hình thức sử dụng",
    enum: ["Sử dụng riêng", "Sử dụng chung"],
  },
  mucDichSuDung: text("Mục đích sử dụng đất", 200),
  thoiHanSuDung: text("Thời hạn sử dụng", 100),
  nguonGocSuDung: text("Nguồn gốc sử dụng", 300),
  taiSanGanLienVoiDat: text("Tài sản gắn liền với đất (loại, diện tích xây dựng)", 500),
  deNghiCapGiayChungNhan: { type: "boolean", title: "Đề nghị cấp Giấy chứng nhận" },
};
export const LAND_FIRST_REQUIRED = [
  "soThua",
  "soToBanDo",
  "diaChiThuaDat",
  "dienTich",
  "mucDichSuDung",
];

/** Giấy đề nghị đăng ký hộ kinh doanh (Circular 02/2023/TT-BKHĐT, Appendix III-1). */
export const HOUSEHOLD_BUSINESS_FORM: Record<string, JsonSchema> = {
  tenHoKinhDoanh: text("Tên hộ kinh doanh", 200, 2),
  diaChiTruSo: text("Địa chỉ trụ sở hộ kinh doanh", 300),
  dienThoaiTruSo: { type: "string", title: "Điện thoại", pattern: "^0[0-9]{9}$" },
  nganhNghe: text("Ngành, nghề kinh doanh", 500, 2),
  maNganh: { type: "string", title: "Mã ngành (VSIC cấp 4)", pattern: "^[0-9]{4}$" },
  vonKinhDoanh: { type: "integer", title: "Vốn kinh doanh (đồng)", minimum: 0 },
  soLaoDong: { type: "integer", title: "Số lượng lao động", minimum: 0, maximum: 9 },
  thanhVienHoGiaDinh: {
    type: "array",
    title: "Thành viên hộ gia đình đăng ký hộ kinh doanh (họ tên, số định danh)",
    items: { type: "string", maxLength: 200 },
    maxItems: 20,
  },
};
export const HOUSEHOLD_BUSINESS_REQUIRED = [
  "tenHoKinhDoanh",
  "diaChiTruSo",
  "nganhNghe",
  "vonKinhDoanh",
];
