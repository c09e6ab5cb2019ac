/** Phrase lists the generator builds Vietnamese titles, summaries, places and names from. */

export const PROVINCES: readonly { name: string; kind: 'tỉnh' | 'thành phố'; domain: string }[] = [
  { name: 'Hà Nội', kind: 'thành phố', domain: 'hanoi' },
  { name: 'Huế', kind: 'thành phố', domain: 'hue' },
  { name: 'Lai Châu', kind: 'tỉnh', domain: 'laichau' },
  { name: 'Điện Biên', kind: 'tỉnh', domain: 'dienbien' },
  { name: 'Sơn La', kind: 'tỉnh', domain: 'sonla' },
  { name: 'Lạng Sơn', kind: 'tỉnh', domain: 'langson' },
  { name: 'Quảng Ninh', kind: 'tỉnh', domain: 'quangninh' },
  { name: 'Thanh Hóa', kind: 'tỉnh', domain: 'thanhhoa' },
  { name: 'Nghệ An', kind: 'tỉnh', domain: 'nghean' },
  { name: 'Hà Tĩnh', kind: 'tỉnh', domain: 'hatinh' },
  { name: 'Cao Bằng', kind: 'tỉnh', domain: 'caobang' },
  { name: 'Tuyên Quang', kind: 'tỉnh', domain: 'tuyenquang' },
  { name: 'Lào Cai', kind: 'tỉnh', domain: 'laocai' },
  { name: 'Thái Nguyên', kind: 'tỉnh', domain: 'thainguyen' },
  { name: 'Phú Thọ', kind: 'tỉnh', domain: 'phutho' },
  { name: 'Bắc Ninh', kind: 'tỉnh', domain: 'bacninh' },
  { name: 'Hưng Yên', kind: 'tỉnh', domain: 'hungyen' },
  { name: 'Hải Phòng', kind: 'thành phố', domain: 'haiphong' },
  { name: 'Ninh Bình', kind: 'tỉnh', domain: 'ninhbinh' },
  { name: 'Quảng Trị', kind: 'tỉnh', domain: 'quangtri' },
  { name: 'Đà Nẵng', kind: 'thành phố', domain: 'danang' },
  { name: 'Quảng Ngãi', kind: 'tỉnh', domain: 'quangngai' },
  { name: 'Gia Lai', kind: 'tỉnh', domain: 'gialai' },
  { name: 'Khánh Hòa', kind: 'tỉnh', domain: 'khanhhoa' },
  { name: 'Lâm Đồng', kind: 'tỉnh', domain: 'lamdong' },
  { name: 'Đắk Lắk', kind: 'tỉnh', domain: 'daklak' },
  { name: 'Hồ Chí Minh', kind: 'thành phố', domain: 'hochiminhcity' },
  { name: 'Đồng Nai', kind: 'tỉnh', domain: 'dongnai' },
  { name: 'Tây Ninh', kind: 'tỉnh', domain: 'tayninh' },
  { name: 'Cần Thơ', kind: 'thành phố', domain: 'cantho' },
  { name: 'Vĩnh Long', kind: 'tỉnh', domain: 'vinhlong' },
  { name: 'Đồng Tháp', kind: 'tỉnh', domain: 'dongthap' },
  { name: 'Cà Mau', kind: 'tỉnh', domain: 'camau' },
  { name: 'An Giang', kind: 'tỉnh', domain: 'angiang' },
];

/** Syllables that make commune names ("Tân Lập", "Phú Bình" …). */
export const NAME_FIRST = [
  'Tân', 'Phú', 'Bình', 'An', 'Hòa', 'Long', 'Thạnh', 'Mỹ', 'Vĩnh', 'Phước', 'Thái', 'Đông', 'Tây', 'Nam', 'Bắc',
  'Trung', 'Hưng', 'Quang', 'Minh', 'Đức', 'Thuận', 'Xuân', 'Hồng', 'Kim', 'Ngọc', 'Thanh', 'Hải', 'Sơn', 'Lộc',
  'Phúc', 'Thiện', 'Vạn', 'Nghĩa', 'Hiệp', 'Quế', 'Yên', 'Cẩm', 'Trường', 'Định', 'Tiên', 'Lạc', 'Văn', 'Hoàng',
  'Cao', 'Đại',
] as const;

export const NAME_SECOND = [
  'Lập', 'Bình', 'An', 'Hòa', 'Phú', 'Thịnh', 'Hưng', 'Lợi', 'Thành', 'Tiến', 'Phong', 'Sơn', 'Thủy', 'Lâm', 'Hải',
  'Long', 'Xuân', 'Mỹ', 'Trung', 'Đông', 'Tân', 'Khánh', 'Lộc', 'Phước', 'Điền', 'Quý', 'Vinh', 'Hiệp', 'Thuận',
  'Nghĩa', 'Châu', 'Giang', 'Hà', 'Linh', 'Kiên', 'Thắng', 'Đạt', 'Minh', 'Quang', 'Đức', 'Cường', 'Dương',
  'Hạnh', 'Yên',
] as const;

export const VILLAGES = ['Nà Pàn', 'Bản Chắt', 'Khòn Lèng', 'Pác Cáp', 'Nà Lầm', 'Thôn 3', 'Thôn Đồng Tâm', 'Bản Mới', 'Khu 2', 'Tổ dân phố 5'];

export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vi', 'Nông', 'Lương', 'Hà', 'Đinh', 'Vũ', 'Chu', 'Lã', 'Triệu', 'Đặng', 'Bế'];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Hữu', 'Thu', 'Quốc', 'Ngọc', 'Kim'];
export const GIVEN_NAMES = ['Hòa', 'Hằng', 'Tùng', 'Huyền', 'Dũng', 'Lan', 'Hùng', 'Thảo', 'Nam', 'Phương', 'Cường', 'Mai', 'Sơn', 'Trang', 'Bình', 'Quyết'];

export const SIGNER_TITLES = ['Phó Chủ tịch', 'Chủ tịch', 'Phó Giám đốc', 'Giám đốc', 'Phó Trưởng ban', 'Trưởng ban', 'Chánh Văn phòng'];

export const AUDIENCES = [
  'cán bộ, công chức, viên chức',
  'cán bộ, đảng viên',
  'đoàn viên thanh niên',
  'hội viên phụ nữ',
  'hội viên nông dân',
  'học sinh các trường trung học cơ sở',
  'người cao tuổi',
  'đồng bào dân tộc thiểu số',
  'chức sắc, chức việc, tín đồ các tôn giáo',
  'người lao động trong các doanh nghiệp',
  'Nhân dân trên địa bàn',
  'người có uy tín trong cộng đồng',
];

export const TOPICS = [
  'thành tựu bảo đảm quyền con người của Việt Nam',
  'ý nghĩa Ngày Nhân quyền thế giới 10/12',
  'Công ước Chống tra tấn (CAT)',
  'Công ước về các quyền dân sự và chính trị (ICCPR)',
  'quyền tự do tín ngưỡng, tôn giáo',
  'chính sách dân tộc và quyền của người dân tộc thiểu số',
  'bình đẳng giới và phòng, chống bạo lực trên cơ sở giới',
  'quyền trẻ em và phòng, chống xâm hại trẻ em',
  'phòng, chống mua bán người',
  'quyền được chăm sóc sức khỏe',
  'quyền của người lao động',
  'Chương trình mục tiêu quốc gia giảm nghèo bền vững',
  'Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi',
  'quyền được sống trong môi trường trong lành',
  'đấu tranh, phản bác thông tin xuyên tạc về nhân quyền',
  'vai trò của Việt Nam tại Hội đồng Nhân quyền Liên hợp quốc',
  'an ninh thông tin trên không gian mạng',
  'chính sách an sinh xã hội',
];

/** The shorter topics, for activity titles (the long ones only appear in summaries). */
export const TITLE_TOPICS = TOPICS.filter((t) => t.length <= 36);

export const FORM_TITLES: Record<string, readonly string[]> = {
  conference: ['Hội nghị quán triệt về {topic}', 'Hội thảo chuyên đề {topic}', 'Tọa đàm về {topic}', 'Hội nghị triển khai đợt tuyên truyền cao điểm về {topic}'],
  'direct-propaganda': ['Tuyên truyền trực tiếp về {topic}', 'Tuyên truyền lưu động về {topic} tại {village}', 'Tuyên truyền tại phiên chợ về {topic}'],
  'political-study': ['Sinh hoạt chính trị, tư tưởng về {topic}', 'Sinh hoạt chuyên đề về {topic}'],
  'press-article': ['Đăng tin, bài về {topic} trên báo {province}', 'Tin, bài phản ánh kết quả {topic}'],
  broadcast: ['Phát sóng chương trình về {topic}', 'Phóng sự truyền hình về {topic}'],
  loudspeaker: ['Phát tin, bài về {topic} trên hệ thống truyền thanh cơ sở', 'Tiếp sóng, phát lại chương trình về {topic} trên loa truyền thanh {village}'],
  'social-media': ['Đăng tải tin, bài, video về {topic} trên Fanpage', 'Chia sẻ nội dung về {topic} trên nhóm Zalo'],
  banner: ['Treo băng rôn, khẩu hiệu về {topic}', 'Treo pano, áp phích chào mừng Ngày Nhân quyền thế giới tại {village}'],
  leaflet: ['In, phát hành tờ rơi về {topic}', 'Cấp phát tài liệu hỏi - đáp về {topic} cho {audience}'],
  contest: ['Cuộc thi tìm hiểu về {topic} dành cho {audience}', 'Cuộc thi trực tuyến tìm hiểu pháp luật về {topic}'],
  'medical-exam': ['Khám, tư vấn sức khỏe miễn phí cho {audience} tại {village}', 'Khám sàng lọc, cấp thuốc miễn phí cho {audience}'],
  guidance: ['Ban hành văn bản chỉ đạo tuyên truyền về {topic}', 'Hướng dẫn các đơn vị tổ chức tuyên truyền về {topic}'],
  other: ['Tổ chức hoạt động văn hóa, văn nghệ hưởng ứng Ngày Nhân quyền thế giới tại {village}', 'Gặp mặt {audience} nhân Ngày Nhân quyền thế giới'],
};

export const PLACES = [
  'Hội trường {unit}',
  'Nhà văn hóa {village}',
  'Chợ trung tâm {unit}',
  'Trường Trung học cơ sở {unit}',
  'Trạm Y tế {unit}',
  'Điểm trường {village}',
];

export const SUMMARY_OPENINGS = [
  '{body} đã xây dựng kế hoạch và triển khai đợt tuyên truyền cao điểm theo đúng nội dung kế hoạch của Ban Chỉ đạo.',
  '{body} đã quán triệt kế hoạch đến toàn thể cán bộ, công chức và phân công nhiệm vụ cụ thể cho từng bộ phận.',
  'Thực hiện kế hoạch, {body} đã chủ động lựa chọn nội dung, hình thức tuyên truyền phù hợp với tình hình thực tế.',
];

export const SUMMARY_MIDDLES = [
  'Nội dung tuyên truyền tập trung vào {topic} và {topic2}, được đông đảo {audience} hưởng ứng.',
  'Các hoạt động được tổ chức đa dạng, kết hợp tuyên truyền trực tiếp với tuyên truyền trên hệ thống truyền thanh và mạng xã hội.',
  'Đã phối hợp với các đoàn thể chính trị - xã hội lồng ghép nội dung về {topic} trong các buổi sinh hoạt định kỳ.',
  'Công tác theo dõi, nắm tình hình dư luận được duy trì thường xuyên, không để phát sinh điểm nóng.',
];

export const SUMMARY_CLOSINGS = [
  'Qua đó nâng cao nhận thức của {audience} về {topic}.',
  'Kết quả thực hiện nhiệm vụ cơ bản đạt yêu cầu đề ra.',
  'Đơn vị tiếp tục theo dõi, đôn đốc thực hiện trong thời gian tới.',
];

export const REASONS = [
  'Sau sắp xếp đơn vị hành chính, bộ máy chưa ổn định, công chức phụ trách còn kiêm nhiệm nhiều lĩnh vực; dự kiến triển khai trong tháng 01/2026.',
  'Kinh phí chưa được bố trí trong kỳ báo cáo nên chưa tổ chức được; đơn vị đã đề xuất bổ sung kinh phí.',
];

export const DIFFICULTIES = [
  'Kinh phí dành cho công tác tuyên truyền còn hạn chế.',
  'Hệ thống truyền thanh cơ sở ở một số thôn, bản xuống cấp, chưa được đầu tư sửa chữa.',
  'Đội ngũ làm công tác tuyên truyền chủ yếu kiêm nhiệm, kỹ năng tuyên truyền trên không gian mạng còn hạn chế.',
  'Địa bàn rộng, giao thông đi lại khó khăn nên việc tổ chức tuyên truyền trực tiếp tại các thôn, bản còn ít.',
];

export const PROPOSALS = [
  'Đề nghị cấp trên hỗ trợ tài liệu tuyên truyền song ngữ cho vùng đồng bào dân tộc thiểu số.',
  'Đề nghị tổ chức tập huấn kỹ năng tuyên truyền về quyền con người cho cán bộ cơ sở.',
  'Đề nghị bố trí kinh phí nâng cấp hệ thống truyền thanh cơ sở.',
];
