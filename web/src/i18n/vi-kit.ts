// Vietnamese: the shared UI kit — tables (sort, filter, pages) and the page that failed to load.
export const viKit = {
  "kit.filter": "Lọc trong danh sách",
  "kit.sortBy": "Sắp xếp theo {col}",
  "kit.page": "Trang {page}/{pages}",
  "kit.prev": "Trang trước",
  "kit.next": "Trang sau",
  "kit.rows": "{from}–{to} trong {n} dòng",
  "kit.noMatch": "Không có dòng nào khớp với bộ lọc.",
  "kit.crashTitle": "Không hiển thị được trang này",
  "kit.crashChunk":
    "Phiên bản mới của hệ thống vừa được cài đặt hoặc mạng bị gián đoạn khi tải trang.",
  "kit.crashOther": "Trang gặp lỗi khi hiển thị. Dữ liệu bạn đã lưu không bị ảnh hưởng.",
  "kit.reload": "Tải lại trang",
};
