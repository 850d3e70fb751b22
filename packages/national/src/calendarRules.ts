/**
 * The national working-calendar rules as data, in `@motcua/calendar`'s schemas: the statutory
 * holidays of the Labour Codes (1994 as amended in 2007, 2012, 2019), Vietnamese Culture Day,
 * compensatory days off, the civil-service yearly notices 2021–2026 and the default office hours.
 *
 * @module
 */
import type { CompensatoryRule, HolidayRule } from "@motcua/calendar";
import { deepFreeze } from "./internal/freeze";
import { legalRef, type LegalRef } from "@motcua/core";

/**
 * The sources of the national calendar rules. Labour Code 2019 Art. 111(3) and 112 were read in
 * the text; the older codes are encoded from general knowledge for the years before 2021 and
 * marked unverified, as is Culture Day (several secondary sources agree; its enacting document
 * was not read).
 *
 * @example
 * ```ts
 * import { CALENDAR_SOURCES } from "@motcua/national";
 * CALENDAR_SOURCES.labourCode2019Holidays.article; // "112"
 * ```
 * @since 0.2.0
 * @category Calendar
 */
export const CALENDAR_SOURCES = deepFreeze({
  labourCode2019Holidays: legalRef("Bộ luật Lao động 2019 (45/2019/QH14)", {
    title: "Nghỉ lễ, tết",
    article: "112",
    verified: true,
    note: "1/1; Tết Âm lịch 5 ngày; 10/3 âm lịch; 30/4; 1/5; 2/9 và 1 ngày liền kề. In force 1/1/2021.",
  }),
  labourCode2019Compensatory: legalRef("Bộ luật Lao động 2019 (45/2019/QH14)", {
    title: "Nghỉ hằng tuần",
    article: "111",
    clause: "3",
    verified: true,
    note: "Ngày nghỉ hằng tuần trùng ngày nghỉ lễ, tết → nghỉ bù vào ngày làm việc kế tiếp.",
  }),
  labourCode2012Holidays: legalRef("Bộ luật Lao động 2012 (10/2012/QH13)", {
    article: "115",
    verified: false,
    note: "In force 1/5/2013–31/12/2020: 1/1; Tết 5 days; 10/3 lunar; 30/4; 1/5; 2/9 (one day). Encoded from general knowledge; the text was not read.",
  }),
  labourCode1994Holidays: legalRef("Bộ luật Lao động 1994, sửa đổi 2007", {
    article: "73",
    verified: false,
    note: "In force 1/1/1995–30/4/2013: 1/1; Tết 4 days; 30/4; 1/5; 2/9; the Hùng Kings day added by the 2007 amendment (first observed 2007). Encoded from general knowledge; the text was not read.",
  }),
  cultureDay: legalRef("Nghị quyết 28/2026/QH16", {
    article: "2",
    title: "Ngày Văn hóa Việt Nam 24/11 — ngày nghỉ lễ từ 1/7/2026",
    verified: false,
    note: "The policy is Nghị quyết 80-NQ/TW (7/1/2026), read in news reports; the holiday is enacted by Nghị quyết 28/2026/QH16 Art. 2 from 1/7/2026, as reported (its text was not read). A yearly notice may confirm or withdraw the day without a release (a notice that lists 24/11 as a working day wins).",
  }),
  officeHours: legalRef("Thực tiễn phần mềm một cửa", {
    verified: false,
    note: "motcua's national default: 08:00–12:00 and 13:00–17:00 (8 working hours). No national text read fixes office hours; each province sets its own (replace this rule).",
  }),
  weeklyRest: legalRef("Bộ luật Lao động 2019 (45/2019/QH14)", {
    article: "111",
    verified: false,
    note: "Art. 111 gives a weekly rest day; the civil service's Saturday + Sunday rest is implied by the yearly notices' make-up Saturdays, but its act is not among the sources read.",
  }),
} satisfies Record<string, LegalRef>);

const S = CALENDAR_SOURCES;
const LC2012_FROM = "2013-05-01";
const LC2012_TO = "2020-12-31";
const LC1994_TO = "2013-04-30";
const LC2019_FROM = "2021-01-01";

type Named = Pick<HolidayRule, "id" | "kind" | "month" | "day" | "name" | "nameEn">;

/** One holiday under the three codes: 1994 (from `since`), 2012 and 2019. */
const underEveryCode = (h: Named, since?: string): HolidayRule[] => [
  {
    ...h,
    ...(since === undefined ? {} : { from: since }),
    to: LC1994_TO,
    legalRef: S.labourCode1994Holidays,
  },
  { ...h, from: LC2012_FROM, to: LC2012_TO, legalRef: S.labourCode2012Holidays },
  { ...h, from: LC2019_FROM, legalRef: S.labourCode2019Holidays },
];

const TET: Named = {
  id: "tet",
  kind: "lunarNewYear",
  month: 1,
  day: 1,
  name: "Tết Nguyên đán",
  nameEn: "Lunar New Year (Tết)",
};

/**
 * The statutory holidays as dated `@motcua/calendar` holiday rules (1995 onwards).
 *
 * @example
 * ```ts
 * import { NATIONAL_HOLIDAY_RULES } from "@motcua/national";
 * NATIONAL_HOLIDAY_RULES.filter((h) => h.id === "tet").map((h) => h.days); // [4, 5, 5]
 * ```
 * @since 0.2.0
 * @category Calendar
 */
export const NATIONAL_HOLIDAY_RULES: ReadonlyArray<HolidayRule> = deepFreeze([
  ...underEveryCode({
    id: "newYear",
    kind: "solar",
    month: 1,
    day: 1,
    name: "Tết Dương lịch",
    nameEn: "New Year's Day",
  }),
  { ...TET, days: 4, to: LC1994_TO, legalRef: S.labourCode1994Holidays },
  { ...TET, days: 5, from: LC2012_FROM, to: LC2012_TO, legalRef: S.labourCode2012Holidays },
  { ...TET, days: 5, from: LC2019_FROM, legalRef: S.labourCode2019Holidays },
  ...underEveryCode(
    {
      id: "hungKings",
      kind: "lunar",
      month: 3,
      day: 10,
      name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
      nameEn: "Hùng Kings' Commemoration Day (10/3 lunar)",
    },
    "2007-01-01",
  ),
  ...underEveryCode({
    id: "reunification",
    kind: "solar",
    month: 4,
    day: 30,
    name: "Ngày Chiến thắng (30/4)",
    nameEn: "Reunification Day (30/4)",
  }),
  ...underEveryCode({
    id: "labour",
    kind: "solar",
    month: 5,
    day: 1,
    name: "Ngày Quốc tế Lao động (1/5)",
    nameEn: "International Labour Day (1/5)",
  }),
  ...underEveryCode({
    id: "national",
    kind: "solar",
    month: 9,
    day: 2,
    name: "Quốc khánh (2/9)",
    nameEn: "National Day (2/9)",
  }),
  {
    id: "nationalAdjacent",
    kind: "adjacent",
    month: 9,
    day: 2,
    name: "Quốc khánh (ngày liền kề 2/9)",
    nameEn: "National Day (day adjacent to 2/9)",
    from: LC2019_FROM,
    legalRef: S.labourCode2019Holidays,
  },
  {
    id: "cultureDay",
    kind: "solar",
    month: 11,
    day: 24,
    name: "Ngày Văn hóa Việt Nam (24/11)",
    nameEn: "Vietnamese Culture Day (24/11)",
    from: "2026-07-01",
    legalRef: S.cultureDay,
  },
] satisfies HolidayRule[]);

/**
 * Compensatory days off under each code: a holiday on a rest day gives the next working day off.
 *
 * @example
 * ```ts
 * import { NATIONAL_COMPENSATORY_RULES } from "@motcua/national";
 * NATIONAL_COMPENSATORY_RULES.at(-1)?.legalRef?.article; // "111"
 * ```
 * @since 0.2.0
 * @category Calendar
 */
export const NATIONAL_COMPENSATORY_RULES: ReadonlyArray<CompensatoryRule> = deepFreeze([
  { rule: "nextWorkingDay", to: LC1994_TO, legalRef: S.labourCode1994Holidays },
  { rule: "nextWorkingDay", from: LC2012_FROM, to: LC2012_TO, legalRef: S.labourCode2012Holidays },
  { rule: "nextWorkingDay", from: LC2019_FROM, legalRef: S.labourCode2019Compensatory },
] satisfies CompensatoryRule[]);

/**
 * The national default office hours: 08:00–12:00 and 13:00–17:00 (unverified; provinces replace them).
 *
 * @example
 * ```ts
 * import { NATIONAL_OFFICE_HOURS } from "@motcua/national";
 * NATIONAL_OFFICE_HOURS[0]?.sessions; // [{ start: "08:00", end: "12:00" }, { start: "13:00", end: "17:00" }]
 * ```
 * @since 0.2.0
 * @category Calendar
 */
export const NATIONAL_OFFICE_HOURS = deepFreeze([
  {
    sessions: [
      { start: "08:00", end: "12:00" },
      { start: "13:00", end: "17:00" },
    ],
  },
]);
