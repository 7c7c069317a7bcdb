// Official letter 6187/UBND-KSTT of the People's Committee of Tiền Giang (11/11/2022), "on remedying
// the shortcomings found by the 2022 inspections and surveys of administrative reform": the text
// of its sections, loaded by the demo as a directive whose sections are tasks.

export const LETTER_6187 = {
  number: "6187/UBND-KSTT",
  issuedOn: "2022-11-11",
  signer: "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH Trần Văn Dũng",
  subject:
    "Khắc phục những tồn tại, hạn chế qua kết quả kiểm tra, khảo sát của công tác cải cách hành chính, kiểm soát thủ tục hành chính năm 2022",
  preamble:
    "Thực hiện nhiệm vụ cải cách hành chính (CCHC) hàng năm và các văn bản chỉ đạo, điều hành CCHC của tỉnh; các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thành, thị đã chủ động triển khai thực hiện các mục tiêu, nhiệm vụ được giao và đã đạt được kết quả khả quan, toàn diện, hiệu quả. Chất lượng giải quyết hồ sơ thủ tục hành chính (TTHC) cho cá nhân, tổ chức ngày càng được nâng cao; việc triển khai thực hiện cơ chế một cửa, một cửa liên thông được cơ quan, đơn vị, địa phương triển khai thực hiện nghiêm túc đúng quy định.\n\nBên cạnh những kết quả đạt được theo kết quả kiểm tra công tác CCHC, kiểm soát TTHC, khảo sát, đánh giá mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC tại cơ quan hành chính nhà nước các cấp trên địa bàn tỉnh Tiền Giang, vẫn còn một số hạn chế như: việc nhập hồ sơ giải quyết TTHC vào Phần mềm Một cửa điện tử chưa đầy đủ; người đứng đầu một số cơ quan, đơn vị chưa thực sự quan tâm đến công tác này, công tác tuyên truyền về dịch vụ công trực tuyến, dịch vụ bưu chính công ích còn hạn chế, chưa tiếp cận được đến các tầng lớp Nhân dân ...\n\nĐể kịp thời khắc phục tồn tại, hạn chế nêu trên và nâng cao chất lượng, hiệu quả CCHC trên địa bàn tỉnh trong thời gian tới, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành, thị tập trung thực hiện một số nội dung sau:",
  recipients: [
    "Như trên",
    "Bộ Nội vụ (để b/c)",
    "CT, PCT. UBND tỉnh",
    "VP: CVP, P.KSTTHC, P.NC",
    "Đài PTTH tỉnh, Báo Ấp Bắc",
    "Cổng thông tin điện tử tỉnh",
    "Lưu: VT, KSTT (Hiệu)",
  ],
};

/** Who a section is for: all departments and communes, departments only, or named units (code suffixes). */
export type Addressees = "all" | "departments" | string[];

export const LETTER_6187_SECTIONS: { ref: string; addressees: Addressees; text: string }[] = [
  {
    ref: "1.a",
    addressees: "all",
    text: "Tập trung lãnh đạo, chỉ đạo thực hiện hoàn thành toàn diện các nội dung đã đề ra về công tác CCHC, kiểm soát TTHC hàng năm của tỉnh và tại cơ quan, đơn vị, địa phương đảm bảo hiệu quả, đúng tiến độ; tăng cường công tác tuyên truyền, quán triệt cho đội ngũ cán bộ, công chức, viên chức thuộc phạm vi quản lý để tham mưu triển khai thực hiện đạt chất lượng, hiệu quả cao, góp phần cải thiện điểm số Chỉ số CCHC năm 2022 và các năm tiếp theo; tập trung chỉ đạo và tổ chức thực hiện có hiệu quả các nhiệm vụ, giải pháp khắc phục kịp thời những tồn tại, hạn chế đã được chỉ ra trong công tác CCHC, kiểm soát TTHC tại các thông báo, biên bản, kết luận kiểm tra về công tác này, góp phần cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh của tỉnh. Chỉ đạo tổ chức thực hiện nghiêm các văn bản chỉ đạo của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh; tăng cường kiểm tra công tác CCHC, kiểm soát TTHC tại các cơ quan, đơn vị và địa bàn quản lý để kịp thời tháo gỡ những khó khăn, vướng mắc và bất cập trong quá trình tổ chức thực hiện. Đồng thời, đề ra các giải pháp nhằm nâng cao sự hài lòng của người dân, doanh nghiệp khi thực hiện giao dịch TTHC với cơ quan, đơn vị mình và địa bàn quản lý.\n\nThủ trưởng cơ quan, đơn vị phải thường xuyên theo dõi, chỉ đạo thực hiện Bộ chỉ số phục vụ người dân, tổ chức theo Công văn số 4400/UBND-KSTT ngày 10/8/2022 của Chủ tịch Ủy ban nhân dân tỉnh về triển khai thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ.",
  },
  {
    ref: "1.b",
    addressees: "all",
    text: "Thực hiện các giải pháp nâng cao chất lượng phục vụ, mức độ hài lòng của người dân, doanh nghiệp, khắc phục triệt để những sai sót, hạn chế, khuyết điểm theo báo cáo kết quả khảo sát của Sở Nội vụ, của cơ quan, đơn vị.\n\nCán bộ đầu mối kiểm soát TTHC thường xuyên cập nhật, theo dõi kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết TTHC, cung cấp dịch vụ công tại cơ quan, đơn vị và địa phương đảm bảo theo các Bộ chỉ số tại Quyết định số 766/QĐ-TTg và trên Cổng Dịch vụ công Quốc gia.\n\nCụ thể hóa trách nhiệm cá nhân, tổ chức và cơ quan, đơn vị thuộc phạm vi quản lý trong việc đề hồ sơ trễ hạn trong giải quyết TTHC, dịch vụ công trực tuyến; 100% hồ sơ TTHC trễ hạn đều phải có báo cáo giải trình lý do với người đứng đầu cơ quan, đơn vị và thực hiện xin lỗi người dân theo đúng quy định tại Quyết định số 09/2019/QĐ-UBND ngày 02/5/2019 của Ủy ban nhân dân tỉnh.\n\nTăng cường kiểm tra, giám sát việc tiếp nhận và giải quyết TTHC cho cá nhân, tổ chức tại các cơ quan, đơn vị và địa phương quản lý; kịp thời chấn chỉnh, khắc phục các thiếu sót và xử lý nghiêm các trường hợp cán bộ, công chức, viên chức tiếp nhận hồ sơ, giải quyết TTHC và trả kết quả có hành vi những nhiễu, gây phiền hà, vi phạm quy định, nhất là thái độ khi phục vụ người dân, doanh nghiệp trong giải quyết TTHC.",
  },
  {
    ref: "1.c",
    addressees: "all",
    text: "Tiếp tục triển khai có hiệu quả Công văn số 1997/UBND-KSTT ngày 15/4/2022 của Chủ tịch Ủy ban nhân dân tỉnh về triển khai một số nhiệm vụ về công tác CCHC và chuyển đổi số trong thời gian tới.",
  },
  {
    ref: "1.d",
    addressees: "all",
    text: "Tổ chức triển khai quyết liệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia, giai đoạn 2022 -2025, tầm nhìn đến năm 2030 (Đề án 06), bảo đảm đáp ứng tiến độ được giao. Đẩy mạnh công tác truyền thông nâng cao nhận thức, huy động sự vào cuộc của cả hệ thống chính trị, các cấp, các ngành và sự đồng thuận, tích cực tham gia của cộng đồng doanh nghiệp, Nhân dân đối với Đề án 06.\n\nĐẩy mạnh cung cấp các dịch vụ công trực tuyến, đặc biệt là 25 dịch vụ công thiết yếu đã được xác định trong Đề án 06, 29 dịch vụ công theo Quyết định số 422/QĐ-TTg ngày 04/4/2022 của Thủ tướng Chính phủ và phải đảm bảo các chỉ tiêu về tỷ lệ chứng thực bản sao điện tử từ bản chính tại cấp huyện và cấp xã, thực hiện dịch vụ công trực tuyến được Chủ tịch Ủy ban nhân dân tỉnh giao tại Công văn số 4842/UBND-KSTT ngày 08/9/2022.",
  },
  {
    ref: "1.đ",
    addressees: "departments",
    text: "Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, Ban Quản lý các Khu công nghiệp tỉnh tiếp tục đẩy mạnh việc tái cấu trúc quy trình, tích hợp, cung cấp dịch vụ công trực tuyến trên Cổng Dịch vụ công Quốc gia đạt mục tiêu ít nhất 70% danh mục TTHC thuộc phạm vi, chức năng quản lý của ngành theo yêu cầu Nghị quyết số 01/NQ-CP ngày 08/01/2022 của Chính phủ và theo hướng dẫn của các cơ quan Trung ương.\n\nGiao Văn phòng Ủy ban nhân dân tỉnh trừ 20% số điểm mục cải cách TTHC đối với cơ quan, đơn vị không đạt được mục tiêu nêu trên tại Bộ Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh.",
  },
  {
    ref: "1.e",
    addressees: "all",
    text: "Đẩy mạnh tuyên truyền, hướng dẫn cá nhân, tổ chức nộp hồ sơ trực tuyến, thực hiện TTHC qua dịch vụ phi địa giới hành chính và thực hiện thanh toán trực tuyến trên Cổng Dịch vụ Quốc gia, Cổng Dịch vụ công tỉnh.",
  },
  {
    ref: "1.g",
    addressees: "all",
    text: "Quan tâm bố trí công chức, viên chức làm việc tại Bộ phận Tiếp nhận và Trả kết quả các cấp đảm bảo đúng chuyên môn, nghiệp vụ, có tinh thần trách nhiệm cao và năng lực giao tiếp tốt để hướng dẫn người dân, doanh nghiệp thực hiện các TTHC; chỉ đạo lãnh đạo, công chức các bộ phận có liên quan trong quy trình giải quyết hồ sơ TTHC thường xuyên theo dõi, xử lý, cập nhật quá trình giải quyết TTHC, không để hồ sơ trễ hạn.",
  },
  {
    ref: "2.a",
    addressees: ["02"],
    text: "Chủ động tham mưu xây dựng, triển khai các văn bản chỉ đạo điều hành của tỉnh về công tác CCHC, Chỉ số CCHC hàng năm đầy đủ nội dung và đúng tiến độ; tăng cường kiểm tra trách nhiệm người đứng đầu trong công tác CCHC; tăng cường công tác tuyên truyền để nâng cao nhận thức cho đội ngũ cán bộ, công chức, viên chức nhất là người đứng đầu cơ quan, đơn vị và Nhân dân về ý nghĩa, tầm quan trọng của công tác CCHC, việc xây dựng Chính quyền điện tử.",
  },
  {
    ref: "2.b",
    addressees: ["02"],
    text: "Phát huy sáng kiến và thường xuyên nhân rộng sáng kiến, đề tài, mô hình CCHC mới; tăng cường hoạt động kiểm tra (định kỳ và đột xuất) về công tác CCHC, trong đó tập trung kiểm tra đột xuất các cơ quan, đơn vị có Chỉ số CCHC hàng năm thấp.",
  },
  {
    ref: "3.a",
    addressees: ["08"],
    text: "Thường xuyên rà soát, kiểm tra, khắc phục các lỗi kỹ thuật của Cổng dịch vụ công của tỉnh để đảm bảo hoạt động ổn định, thông suốt, tránh để hồ sơ trễ hạn do lỗi kỹ thuật; đẩy mạnh phối hợp việc kết nối, tích hợp, chia sẻ dữ liệu giữa các hệ thống thông tin, Cổng dịch vụ công của tỉnh, cơ sở dữ liệu chuyên ngành với Cơ sở dữ liệu quốc gia về dân cư, nhất là tập trung kết nối các hệ thống thông tin giải quyết TTHC với Cơ sở dữ liệu Quốc gia về dân cư, Cổng Dịch vụ công Quốc gia để khai thác thông tin phục vụ giải quyết TTHC (theo hướng dẫn tại Công văn số 1552/BTTTT-THH ngày 26/4/2022 của Bộ Thông tin và Truyền thông).",
  },
  {
    ref: "3.b",
    addressees: ["08"],
    text: "Chủ trì, phối hợp Công an tỉnh và các cơ quan, đơn vị có liên quan bảo đảm các điều kiện về an ninh an toàn thông tin phục vụ kết nối, sử dụng dữ liệu trong Cơ sở dữ liệu quốc gia về dân cư thay cho việc yêu cầu xuất trình Sổ hộ khẩu phục vụ việc tiếp nhận hồ sơ của công chức, viên chức Bộ phận Một cửa.",
  },
  {
    ref: "3.c",
    addressees: ["08"],
    text: "Thường xuyên kiểm tra, đôn đốc việc sử dụng chữ ký số, chứng thư số chuyên dùng trong cơ quan nhà nước các cấp; tham mưu Ủy ban nhân dân tỉnh ban hành văn bản chỉ đạo về việc sử dụng chữ ký số chuyên dùng trong hoạt động cơ quan nhà nước và trong các giao dịch điện tử trên môi trường mạng phục vụ chỉ đạo, điều hành và người dân, doanh nghiệp.",
  },
  {
    ref: "4.a",
    addressees: ["01"],
    text: "Thường xuyên theo dõi, đôn đốc các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố, thị xã thực hiện đảm bảo theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công theo thời gian thực trên môi trường điện tử.",
  },
  {
    ref: "4.b",
    addressees: ["01"],
    text: "Tăng cường hoạt động kiểm tra (định kỳ và đột xuất) về công tác kiểm soát TTHC, trong đó tập trung kiểm tra đột xuất các nội dung liên quan đến việc tổ chức thực hiện TTHC tại các cơ quan, đơn vị; kịp thời phát hiện, kiến nghị cấp có thẩm quyền chấn chỉnh, xử lý nghiêm theo đúng quy định cán bộ, công chức, viên chức có hành vi những thiếu, tiêu cực, tự ý đặt ra TTHC không đúng quy định hoặc để trễ, trả lại hồ sơ nhiều lần.",
  },
  {
    ref: "4.c",
    addressees: ["01"],
    text: "Tổ chức tập huấn nghiệp vụ, quy trình công tác tiếp nhận, trả kết quả giải quyết TTHC cho đội ngũ công chức, viên chức tại Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Tiếp nhận và Trả kết quả cấp huyện, xã.",
  },
  {
    ref: "5",
    addressees: ["01"],
    text: "Đề nghị Mặt trận Tổ quốc Việt Nam các cấp phối hợp chỉ đạo, hướng dẫn một số nội dung liên quan đến việc nâng cao công tác tuyên truyền các nội dung Chỉ số PAPI; tăng cường công tác giám sát, phản biện xã hội đối với hoạt động chính quyền địa phương, nâng cao vai trò, đổi mới chất lượng hoạt động của Ban Thanh tra nhân dân tại cấp xã; nâng cao hiệu quả công tác dân vận chính quyền, thực hiện quy chế dân chủ ở cơ sở và vận động Nhân dân tích cực tham gia các cuộc họp, đóng góp ý kiến đối với chính quyền địa phương nhằm góp phần nâng cao hiệu quả việc thực hiện các nội dung liên quan đến Chỉ số PAPI.",
  },
  {
    ref: "6",
    addressees: ["01"],
    text: "Đài Phát thanh và Truyền hình tỉnh, Báo Ấp Bắc, Cổng thông tin điện tử tỉnh và các cơ quan truyền thông, báo chí đóng trên địa bàn tỉnh tăng cường thời lượng, tin bài, đẩy mạnh thông tin, tuyên truyền, phổ biến về công tác CCHC và hiện đại hóa phương thức chỉ đạo, điều hành. Qua đó, nâng cao nhận thức và kêu gọi sự hưởng ứng của người dân, doanh nghiệp trong việc sử dụng Cổng dịch vụ công Quốc gia, Cổng dịch vụ công của tỉnh để nộp hồ sơ, thanh toán trực tuyến phí, lệ phí.",
  },
  {
    ref: "7",
    addressees: ["02", "01"],
    text: "Giao Sở Nội vụ, Văn phòng Ủy ban nhân dân tỉnh căn cứ theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc thực hiện các nhiệm vụ nêu trên; các cơ quan, đơn vị được Ủy ban nhân dân tỉnh phân công chủ trì, phụ trách về nhiệm vụ CCHC chủ động triển khai thực hiện các nhiệm vụ có liên quan.\n\nĐồng thời, Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố, thị xã bổ sung nội dung tình hình, kết quả thực hiện nhiệm vụ tại Công văn này trong báo cáo công tác CCHC định kỳ.",
  },
];
