/**
 * The yearly official civil-service holiday notices 2021–2026, as data: which weekdays are off,
 * which are compensatory or swapped, and which Saturdays are worked (làm bù). The notice numbers
 * were not recorded, so every notice is `verified: false`.
 *
 * @module
 */
import type { NoticeDayOff, YearlyNotice } from "@motcua/calendar";
import { deepFreeze } from "./internal/freeze";
import { legalRef, type CivilDate, type LegalRef } from "@motcua/core";

const noticeRef = (year: number): LegalRef =>
  legalRef(`Official civil-service holiday notice for ${year}`, {
    title: `Thông báo lịch nghỉ Tết Âm lịch và các ngày lễ năm ${year} đối với cán bộ, công chức, viên chức`,
    verified: false,
    note: "Days as transcribed from secondary transcriptions of the notice; the notice's number was not recorded.",
  });

const h = (date: CivilDate, holiday: string): NoticeDayOff => ({ date, kind: "holiday", holiday });
const comp = (date: CivilDate, holiday: string, compensates: CivilDate): NoticeDayOff => ({
  date,
  kind: "compensatory",
  holiday,
  compensates,
});
const swap = (date: CivilDate, swappedWith: CivilDate): NoticeDayOff => ({
  date,
  kind: "compensatory",
  swappedWith,
});

/**
 * The civil-service holiday notices of 2021–2026, as `@motcua/calendar` yearly notices. Years not
 * listed are projected from the holiday rules.
 *
 * @example
 * ```ts
 * import { YEARLY_NOTICES } from "@motcua/national";
 * YEARLY_NOTICES.map((n) => n.year); // [2021, 2022, 2023, 2024, 2025, 2026]
 * ```
 * @since 0.2.0
 * @category Calendar
 */
export const YEARLY_NOTICES: ReadonlyArray<YearlyNotice> = deepFreeze([
  {
    year: 2021,
    legalRef: noticeRef(2021),
    daysOff: [
      h("2021-01-01", "newYear"),
      ...["2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16"].map((d) => h(d, "tet")),
      h("2021-04-21", "hungKings"),
      h("2021-04-30", "reunification"),
      comp("2021-05-03", "labour", "2021-05-01"),
      h("2021-09-02", "national"),
      h("2021-09-03", "nationalAdjacent"),
    ],
    makeUpWorkdays: [],
  },
  {
    year: 2022,
    legalRef: noticeRef(2022),
    daysOff: [
      comp("2022-01-03", "newYear", "2022-01-01"),
      ...["2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04"].map((d) => h(d, "tet")),
      comp("2022-04-11", "hungKings", "2022-04-10"),
      comp("2022-05-02", "reunification", "2022-04-30"),
      comp("2022-05-03", "labour", "2022-05-01"),
      h("2022-09-01", "nationalAdjacent"),
      h("2022-09-02", "national"),
    ],
    makeUpWorkdays: [],
  },
  {
    year: 2023,
    legalRef: noticeRef(2023),
    daysOff: [
      comp("2023-01-02", "newYear", "2023-01-01"),
      ...["2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26"].map((d) => h(d, "tet")),
      h("2023-05-01", "labour"),
      comp("2023-05-02", "hungKings", "2023-04-29"),
      comp("2023-05-03", "reunification", "2023-04-30"),
      h("2023-09-01", "nationalAdjacent"),
      comp("2023-09-04", "national", "2023-09-02"),
    ],
    makeUpWorkdays: [],
  },
  {
    year: 2024,
    legalRef: noticeRef(2024),
    daysOff: [
      h("2024-01-01", "newYear"),
      ...["2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"].map((d) => h(d, "tet")),
      h("2024-04-18", "hungKings"),
      swap("2024-04-29", "2024-05-04"),
      h("2024-04-30", "reunification"),
      h("2024-05-01", "labour"),
      h("2024-09-02", "national"),
      h("2024-09-03", "nationalAdjacent"),
    ],
    makeUpWorkdays: [{ date: "2024-05-04", replaces: "2024-04-29" }],
  },
  {
    year: 2025,
    legalRef: noticeRef(2025),
    daysOff: [
      h("2025-01-01", "newYear"),
      ...["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"].map((d) => h(d, "tet")),
      h("2025-04-07", "hungKings"),
      h("2025-04-30", "reunification"),
      h("2025-05-01", "labour"),
      swap("2025-05-02", "2025-04-26"),
      h("2025-09-01", "nationalAdjacent"),
      h("2025-09-02", "national"),
    ],
    makeUpWorkdays: [{ date: "2025-04-26", replaces: "2025-05-02" }],
  },
  {
    year: 2026,
    legalRef: noticeRef(2026),
    daysOff: [
      h("2026-01-01", "newYear"),
      swap("2026-01-02", "2026-01-10"),
      ...["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"].map((d) => h(d, "tet")),
      comp("2026-04-27", "hungKings", "2026-04-26"),
      h("2026-04-30", "reunification"),
      h("2026-05-01", "labour"),
      swap("2026-08-31", "2026-08-22"),
      h("2026-09-01", "nationalAdjacent"),
      h("2026-09-02", "national"),
      h("2026-11-24", "cultureDay"),
    ],
    makeUpWorkdays: [
      { date: "2026-01-10", replaces: "2026-01-02" },
      { date: "2026-08-22", replaces: "2026-08-31" },
    ],
  },
] satisfies YearlyNotice[]);
