// What a unit can do about each scored indicator of Decision 766/QĐ-TTg, as data: one text when
// the indicator is at 0/0 because nothing was recorded (it then scores 0: 766 conventions), one
// when records exist but some fall short. Vietnamese first, English second.

export interface Advice {
  /** The indicator has no denominator: the data it is computed from is missing. */
  missing: [string, string];
  /** Some records fall short of the indicator. */
  short: [string, string];
}

export const ADVICE: Record<string, Advice> = {
  "1.1": {
    missing: [
      "Chưa ghi nhận quyết định công bố TTHC nào trong kỳ: nhập số, ngày quyết định công bố và ngày hiệu lực của văn bản quy định cho các thủ tục được công bố, sửa đổi, bãi bỏ.",
      "No announcing decision recorded in the period: enter the decision number and date, and the legal basis's effective date, for each procedure added, amended or abolished.",
    ],
    short: [
      "Ban hành quyết định công bố chậm nhất 5 ngày làm việc trước ngày văn bản quy định có hiệu lực (bộ, ngành: 20 ngày).",
      "Issue the announcing decision at least 5 working days before the legal basis takes effect (ministries: 20).",
    ],
  },
  "1.2": {
    missing: [
      "Chưa ghi nhận việc công khai TTHC trên Cơ sở dữ liệu quốc gia về TTHC: cập nhật ngày công khai của các thủ tục đã công bố.",
      "No publication in the national procedure database recorded: enter the publication date of the announced procedures.",
    ],
    short: [
      "Công khai thủ tục trên Cơ sở dữ liệu quốc gia chậm nhất 5 ngày làm việc sau quyết định công bố.",
      "Publish the procedure in the national database within 5 working days of the announcing decision.",
    ],
  },
  "1.3": {
    missing: [
      "Danh mục chưa có thủ tục nào đã công khai: đồng bộ danh mục TTHC từ Cơ sở dữ liệu quốc gia.",
      "No published procedure in the catalogue: synchronise the catalogue from the national database.",
    ],
    short: [
      "Bổ sung đủ bảy bộ phận của thủ tục: trình tự, cách thức, thành phần và số lượng hồ sơ, thời hạn, đối tượng, cơ quan thực hiện.",
      "Complete the seven parts of each procedure: steps, method, dossier components and sets, time limit, applicants, agency.",
    ],
  },
  "1.4": {
    missing: ["Chưa tiếp nhận hồ sơ nào trong kỳ.", "No dossier received in the period."],
    short: [
      "Kiểm tra hàng đợi đồng bộ và gửi lại các hồ sơ chưa đồng bộ lên Cổng Dịch vụ công quốc gia.",
      "Check the sync queue and resend the dossiers not yet synchronised to the national portal.",
    ],
  },
  "2.1": {
    missing: [
      "Chưa có hồ sơ tiếp nhận hoặc đang giải quyết trong kỳ.",
      "No dossier received or in handling in the period.",
    ],
    short: [
      "Giải quyết trước các hồ sơ sắp đến hạn (xem Dự báo); không yêu cầu bổ sung lần thứ hai; hồ sơ trễ hạn phải giải trình và xin lỗi.",
      "Finish the dossiers due soonest first (see the forecast); never ask for a second supplement; explain and apologise for late ones.",
    ],
  },
  "3.4": {
    missing: [
      "Chưa có hồ sơ nào của thủ tục đủ điều kiện toàn trình: rà soát và đánh dấu các thủ tục đủ điều kiện cung cấp toàn trình.",
      "No dossier of a procedure eligible for fully-online service: review and mark the eligible procedures.",
    ],
    short: [
      "Xử lý toàn trình các hồ sơ đủ điều kiện: tiếp nhận trực tuyến, thanh toán trực tuyến, trả kết quả điện tử.",
      "Handle eligible dossiers fully online: online reception, online payment, electronic result.",
    ],
  },
  "3.5a": {
    missing: [
      "Danh mục chưa có thủ tục nào có phí, lệ phí: cập nhật mức phí, lệ phí của các thủ tục.",
      "No fee-bearing procedure in the catalogue: enter the procedures' fees.",
    ],
    short: [
      "Đồng bộ mức phí, lệ phí của các thủ tục có phí lên Cổng thanh toán.",
      "Synchronise the fees of fee-bearing procedures to the payment platform.",
    ],
  },
  "3.5b": {
    missing: [
      "Chưa có hồ sơ nào của thủ tục có phí trong kỳ.",
      "No dossier of a fee-bearing procedure in the period.",
    ],
    short: [
      "Hướng dẫn người nộp thanh toán trực tuyến ít nhất một hồ sơ của mỗi thủ tục có phí.",
      "Help applicants pay online for at least one dossier of each fee-bearing procedure.",
    ],
  },
  "3.6": {
    missing: ["Chưa có hồ sơ nào phải nộp phí trong kỳ.", "No fee-bearing dossier in the period."],
    short: [
      "Hướng dẫn người nộp thanh toán trực tuyến (Cổng DVCQG hoặc cổng thanh toán của tỉnh) khi tiếp nhận.",
      "Offer online payment (national portal or the province's gateway) at reception.",
    ],
  },
  "4.1": {
    missing: [
      "Chưa có hồ sơ nào có kết quả là văn bản được giải quyết xong trong kỳ.",
      "No dossier with a document result finished in the period.",
    ],
    short: [
      "Ký số và đính kèm bản điện tử của kết quả trước khi trả.",
      "Sign and attach the electronic result before returning it.",
    ],
  },
  "4.2": {
    missing: ["Chưa tiếp nhận hồ sơ nào trong kỳ.", "No dossier received in the period."],
    short: [
      "Số hóa thành phần hồ sơ khi tiếp nhận và lưu kết quả điện tử.",
      "Digitise the components at reception and keep the electronic result.",
    ],
  },
  "4.3": {
    missing: ["Chưa tiếp nhận hồ sơ nào trong kỳ.", "No dossier received in the period."],
    short: [
      "Tái sử dụng giấy tờ đã số hóa thay vì yêu cầu nộp lại.",
      "Reuse digitised documents instead of asking for them again.",
    ],
  },
  "4.4": {
    missing: ["Chưa tiếp nhận hồ sơ nào trong kỳ.", "No dossier received in the period."],
    short: [
      "Lấy giấy tờ từ kho dữ liệu của người dân trên Cổng DVCQG, đẩy kết quả điện tử vào kho.",
      "Take documents from the citizen's data store on the national portal and push results to it.",
    ],
  },
  "4.5a": {
    missing: [
      "Chưa có hồ sơ nào của thủ tục dành cho cá nhân trong kỳ.",
      "No dossier of a procedure for individuals in the period.",
    ],
    short: [
      "Xác thực VNeID hoặc khai thác Cơ sở dữ liệu quốc gia về dân cư cho mọi thủ tục dành cho cá nhân.",
      "Use VNeID or the national population database for every procedure for individuals.",
    ],
  },
  "4.5b": {
    missing: ["Chưa tiếp nhận hồ sơ nào trong kỳ.", "No dossier received in the period."],
    short: [
      "Xác thực VNeID hoặc khai thác Cơ sở dữ liệu quốc gia về dân cư khi tiếp nhận.",
      "Verify with VNeID or the national population database at reception.",
    ],
  },
  "4.6": {
    missing: [
      "Chưa ghi nhận bản sao chứng thực nào trong kỳ: ghi nhận việc chứng thực bản sao từ bản chính trên hệ thống.",
      "No certified copy recorded in the period: record copy certifications in the system.",
    ],
    short: [
      "Cấp bản sao chứng thực điện tử từ bản chính.",
      "Issue certified copies electronically.",
    ],
  },
  "5.2": {
    missing: [
      "Chưa ghi nhận phản ánh, kiến nghị nào trong kỳ: tiếp nhận và ghi nhận PAKN trên hệ thống, kể cả PAKN chuyển từ Cổng DVCQG.",
      "No complaint or petition recorded in the period: record them in the system, including those forwarded by the national portal.",
    ],
    short: [
      "Trả lời PAKN trong 15 ngày làm việc, từ chối trong 2 ngày, công khai trả lời trong 2 ngày.",
      "Answer complaints within 15 working days, refuse within 2, publish the answer within 2.",
    ],
  },
  "5.3": {
    missing: [
      "Chưa ghi nhận phản ánh, kiến nghị nào trong kỳ: tiếp nhận và ghi nhận PAKN trên hệ thống, kể cả PAKN chuyển từ Cổng DVCQG.",
      "No complaint or petition recorded in the period: record them in the system, including those forwarded by the national portal.",
    ],
    short: [
      "Xử lý PAKN đúng hạn và đến khi người phản ánh hài lòng.",
      "Handle complaints on time and to the complainant's satisfaction.",
    ],
  },
  "5.4": {
    missing: [
      "Chưa có hồ sơ tiếp nhận hoặc đang giải quyết trong kỳ.",
      "No dossier received or in handling in the period.",
    ],
    short: [
      "Giảm hồ sơ trễ hạn; liên hệ người có phản ánh hoặc đánh giá không hài lòng.",
      "Reduce late dossiers; contact those who complained or rated the service poorly.",
    ],
  },
};

const FALLBACK: Advice = {
  missing: [
    "Chưa có dữ liệu để tính chỉ số này trong kỳ.",
    "No data to compute this indicator in the period.",
  ],
  short: ["Xem các mục làm mất điểm bên dưới.", "See the items below."],
};

export const adviceFor = (id: string): Advice => ADVICE[id] ?? FALLBACK;
