// Vietnamese: the citizen's online journey (files, payment, sign-in, notices, results).
export const viCitizen = {
  "files.hint": "Tệp PDF hoặc ảnh (PNG, JPEG, TIFF), tối đa 20 MB mỗi tệp.",
  "files.uploading": "Đang tải lên…",
  "files.remove": "Bỏ tệp",
  "files.title": "Tệp đính kèm của hồ sơ",
  "files.none": "Hồ sơ chưa có tệp đính kèm.",
  "files.view": "Xem tệp {n}",
  "files.viewer": "Xem tệp đính kèm",
  "files.newTab": "Mở trong thẻ mới",
  "files.fromStore": "Từ kho dữ liệu cá nhân",
  "files.scan": "Bản quét tại quầy",
  "eformData.title": "Dữ liệu tờ khai điện tử",
  "eformData.none": "Hồ sơ không có dữ liệu tờ khai điện tử.",
} as const;
