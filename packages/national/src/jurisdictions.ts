/**
 * The provinces of Vietnam, dated: the 63 until 30/6/2025 and the 34 from 1/7/2025 (Nghị quyết
 * 202/2025/QH15), each new province with its predecessors and seat. Every entry is data with its
 * source, `verified: false`: the resolution's own text was not read, only its reported content.
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";

/**
 * The source of the 2025 arrangement.
 *
 * @example
 * ```ts
 * import { PROVINCES_2025_SOURCE } from "@motcua/national";
 * PROVINCES_2025_SOURCE.document; // "Nghị quyết 202/2025/QH15"
 * ```
 * @since 0.2.0
 * @category Jurisdictions
 */
export const PROVINCES_2025_SOURCE: LegalRef = Object.freeze({
  document: "Nghị quyết 202/2025/QH15",
  issued: "2025-06-12",
  title: "Về việc sắp xếp đơn vị hành chính cấp tỉnh",
  verified: false,
  note: "The 34 provinces from 1/7/2025, with their predecessors and seats, as proposed in the annex of Nghị quyết 60-NQ/TW (12/4/2025) and reported operating on 1/7/2025; the resolution's own text was not read.",
});

/** The last day of the 63 provinces. @internal */
export const PROVINCES_1997_TO = "2025-06-30";

/**
 * One province from 1/7/2025.
 *
 * @since 0.2.0
 * @category Jurisdictions
 */
export interface Province2025 {
  /** Slug, e.g. `phu-tho` (the plugin id is `province-<slug>`). */
  readonly slug: string;
  /** Name. */
  readonly name: string;
  /** The former provinces merged into it (empty when unchanged), slugs. */
  readonly predecessors: ReadonlyArray<string>;
  /** The slug of the former province whose seat is the new seat (absent when the source does not say). */
  readonly seat?: string;
}

const p = (
  slug: string,
  name: string,
  predecessors: ReadonlyArray<string> = [],
  seat?: string,
): Province2025 =>
  Object.freeze({
    slug,
    name,
    predecessors: Object.freeze([...predecessors]),
    ...(seat === undefined ? {} : { seat }),
  });

/**
 * The 34 provinces and centrally-run cities from 1/7/2025, each with its predecessors and seat.
 *
 * @example
 * ```ts
 * import { PROVINCES_2025 } from "@motcua/national";
 * PROVINCES_2025.length; // 34
 * PROVINCES_2025.find((x) => x.slug === "phu-tho")?.predecessors; // ["phu-tho", "vinh-phuc", "hoa-binh"]
 * ```
 * @since 0.2.0
 * @category Jurisdictions
 */
export const PROVINCES_2025: ReadonlyArray<Province2025> = Object.freeze([
  p("ha-noi", "Hà Nội"),
  p("hue", "Huế"),
  p("lai-chau", "Lai Châu"),
  p("dien-bien", "Điện Biên"),
  p("son-la", "Sơn La"),
  p("lang-son", "Lạng Sơn"),
  p("quang-ninh", "Quảng Ninh"),
  p("thanh-hoa", "Thanh Hóa"),
  p("nghe-an", "Nghệ An"),
  p("ha-tinh", "Hà Tĩnh"),
  p("cao-bang", "Cao Bằng"),
  p("tuyen-quang", "Tuyên Quang", ["tuyen-quang", "ha-giang"], "tuyen-quang"),
  p("lao-cai", "Lào Cai", ["lao-cai", "yen-bai"], "yen-bai"),
  p("thai-nguyen", "Thái Nguyên", ["thai-nguyen", "bac-kan"], "thai-nguyen"),
  p("phu-tho", "Phú Thọ", ["phu-tho", "vinh-phuc", "hoa-binh"], "phu-tho"),
  p("bac-ninh", "Bắc Ninh", ["bac-ninh", "bac-giang"], "bac-giang"),
  p("hung-yen", "Hưng Yên", ["hung-yen", "thai-binh"], "hung-yen"),
  p("hai-phong", "Hải Phòng", ["hai-phong", "hai-duong"], "hai-phong"),
  p("ninh-binh", "Ninh Bình", ["ninh-binh", "ha-nam", "nam-dinh"], "ninh-binh"),
  p("quang-tri", "Quảng Trị", ["quang-tri", "quang-binh"], "quang-binh"),
  p("da-nang", "Đà Nẵng", ["da-nang", "quang-nam"], "da-nang"),
  p("quang-ngai", "Quảng Ngãi", ["quang-ngai", "kon-tum"], "quang-ngai"),
  p("gia-lai", "Gia Lai", ["gia-lai", "binh-dinh"], "binh-dinh"),
  p("khanh-hoa", "Khánh Hòa", ["khanh-hoa", "ninh-thuan"], "khanh-hoa"),
  p("lam-dong", "Lâm Đồng", ["lam-dong", "dak-nong", "binh-thuan"], "lam-dong"),
  p("dak-lak", "Đắk Lắk", ["dak-lak", "phu-yen"], "dak-lak"),
  p("ho-chi-minh", "Thành phố Hồ Chí Minh", ["ho-chi-minh", "binh-duong", "ba-ria-vung-tau"], "ho-chi-minh"),
  p("dong-nai", "Đồng Nai", ["dong-nai", "binh-phuoc"], "dong-nai"),
  p("tay-ninh", "Tây Ninh", ["tay-ninh", "long-an"], "long-an"),
  p("can-tho", "Cần Thơ", ["can-tho", "soc-trang", "hau-giang"], "can-tho"),
  p("vinh-long", "Vĩnh Long", ["vinh-long", "ben-tre", "tra-vinh"]),
  p("dong-thap", "Đồng Tháp", ["dong-thap", "tien-giang"], "tien-giang"),
  p("ca-mau", "Cà Mau", ["ca-mau", "bac-lieu"], "ca-mau"),
  p("an-giang", "An Giang", ["an-giang", "kien-giang"], "kien-giang"),
]);

const NAMES_BEFORE: Readonly<Record<string, string>> = {
  "ha-giang": "Hà Giang",
  "yen-bai": "Yên Bái",
  "bac-kan": "Bắc Kạn",
  "vinh-phuc": "Vĩnh Phúc",
  "hoa-binh": "Hòa Bình",
  "bac-giang": "Bắc Giang",
  "thai-binh": "Thái Bình",
  "hai-duong": "Hải Dương",
  "ha-nam": "Hà Nam",
  "nam-dinh": "Nam Định",
  "quang-binh": "Quảng Bình",
  "quang-nam": "Quảng Nam",
  "kon-tum": "Kon Tum",
  "binh-dinh": "Bình Định",
  "ninh-thuan": "Ninh Thuận",
  "dak-nong": "Đắk Nông",
  "binh-thuan": "Bình Thuận",
  "phu-yen": "Phú Yên",
  "binh-duong": "Bình Dương",
  "ba-ria-vung-tau": "Bà Rịa – Vũng Tàu",
  "binh-phuoc": "Bình Phước",
  "long-an": "Long An",
  "soc-trang": "Sóc Trăng",
  "hau-giang": "Hậu Giang",
  "ben-tre": "Bến Tre",
  "tra-vinh": "Trà Vinh",
  "tien-giang": "Tiền Giang",
  "bac-lieu": "Bạc Liêu",
  "kien-giang": "Kiên Giang",
};

/**
 * One province until 30/6/2025.
 *
 * @since 0.2.0
 * @category Jurisdictions
 */
export interface ProvinceBefore2025 {
  /** Slug. */
  readonly slug: string;
  /** Name. */
  readonly name: string;
  /** The province (from 1/7/2025) it belongs to, a slug (the same slug when it continues). */
  readonly successor: string;
}

/**
 * The 63 provinces and centrally-run cities until 30/6/2025, each with the province it belongs
 * to from 1/7/2025 (derived from {@link PROVINCES_2025}'s predecessors).
 *
 * @example
 * ```ts
 * import { PROVINCES_BEFORE_2025 } from "@motcua/national";
 * PROVINCES_BEFORE_2025.length; // 63
 * PROVINCES_BEFORE_2025.find((x) => x.slug === "vinh-phuc")?.successor; // "phu-tho"
 * ```
 * @since 0.2.0
 * @category Jurisdictions
 */
export const PROVINCES_BEFORE_2025: ReadonlyArray<ProvinceBefore2025> = Object.freeze(
  PROVINCES_2025.flatMap((now) =>
    (now.predecessors.length === 0 ? [now.slug] : now.predecessors).map((slug) =>
      Object.freeze({
        slug,
        name: slug === now.slug ? now.name : (NAMES_BEFORE[slug] ?? slug),
        successor: now.slug,
      }),
    ),
  ),
);
