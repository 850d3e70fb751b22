/**
 * The Đồng Tháp review (seed `003_954eb8228a922e85.txt`, 2018–2022) as targets for the
 * synthesizer. Figures: seed lines 63 (total), 65 (province centre), 67 (district one-stops).
 * The seed gives early and on time together; the split below is synthetic and documented.
 */
import type { ReportPeriod } from "@motcua/reports";
import type { Scope } from "./synthesize";

/** The seed names no exact period ("qua gần 04 năm", from 1/8/2018); any period of that span works. */
export const DONG_THAP_PERIOD: ReportPeriod = { from: "2018-08-01", to: "2022-07-01" };

/** Office id of the province centre (Trung tâm Kiểm soát TTHC và Phục vụ hành chính công). */
export const DT_CENTRE = "DT-TTPVHCC";

/** The 11 domains handed over at the province centre (seed line 49). */
export const CENTRE_DOMAINS = [
  "Ngoại vụ",
  "Giáo dục và Đào tạo",
  "Văn hóa – Thể thao và Du lịch",
  "Lao động – Thương binh và Xã hội",
  "Khoa học và Công nghệ",
  "Thông tin và Truyền thông",
  "Công Thương",
  "Nông nghiệp và Phát triển nông thôn",
  "Tài chính",
  "Quản lý Khu Kinh tế",
  "An toàn vệ sinh thực phẩm (Y tế)",
];

/** The 12 district-level one-stops (seed line 51: 12/12); ids are synthetic. */
export const DISTRICTS = [
  "TP Cao Lãnh",
  "TP Sa Đéc",
  "TP Hồng Ngự",
  "Tân Hồng",
  "Hồng Ngự",
  "Tam Nông",
  "Thanh Bình",
  "Tháp Mười",
  "Cao Lãnh",
  "Lấp Vò",
  "Lai Vung",
  "Châu Thành",
];

/** Synthetic district domains (the seed does not list them). */
export const DISTRICT_DOMAINS = [
  "Tư pháp – Hộ tịch",
  "Đất đai",
  "Xây dựng",
  "Kinh doanh",
  "Lao động – Thương binh và Xã hội",
];

/** District office id of a district name. */
export const districtId = (name: string): string =>
  `DT-H-${name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .replace(/[^A-Za-z]+/g, "-")
    .toUpperCase()}`;

/** Province centre, seed line 65: 55.147 received = 314 carried + 54.833 new; 29.068 online; 15.249 postal. */
export const CENTRE_SCOPE: Scope = {
  level: "province",
  groups: CENTRE_DOMAINS.map((domain) => ({ officeId: DT_CENTRE, domain })),
  target: {
    carriedOver: 314,
    online: 29_068,
    postal: 15_249,
    counter: 54_833 - 29_068 - 15_249, // 10.516 in person
    early: 30_000, // early + on time = 55.081 (synthetic split)
    onTime: 25_081,
    late: 1,
    withinDeadline: 65, // "65 hồ sơ đang được xem xét, giải quyết (chưa đến hạn)"
    overdue: 0,
  },
};

/** District one-stops, seed line 67: 296.488 received (no carried over); 14.713 online; 35.829 postal. */
export const DISTRICT_SCOPE: Scope = {
  level: "district",
  groups: DISTRICTS.flatMap((d) => DISTRICT_DOMAINS.map((domain) => ({ officeId: districtId(d), domain }))),
  target: {
    carriedOver: 0,
    online: 14_713,
    postal: 35_829,
    counter: 296_488 - 14_713 - 35_829, // 245.946 in person
    early: 150_000, // early + on time = 293.149 (synthetic split)
    onTime: 143_149,
    late: 820,
    withinDeadline: 2_503,
    overdue: 16,
  },
};
