/**
 * A yearly notice published after a release (`makeCalendar(rules, { notices })`): it replaces the
 * projection for its year, so 24/11 Culture Day (from 1/7/2026, Nghị quyết 28/2026/QH16 Art. 2 as
 * reported) can be confirmed or withdrawn without a new version.
 */
import { describe, expect, it } from "vitest";
import { makeCalendar, type YearlyNotice } from "@motcua/calendar";
import { rules } from "./support/national";

const notice = (daysOff: YearlyNotice["daysOff"]): YearlyNotice => ({
  year: 2027,
  legalRef: { document: "Thông báo lịch nghỉ năm 2027 (test)", verified: false },
  daysOff,
  makeUpWorkdays: [],
});

// 2027's statutory weekdays off as a notice would list them, without Tết (not needed here).
const base: YearlyNotice["daysOff"] = [{ date: "2027-01-01", kind: "holiday", holiday: "newYear" }];

describe("makeCalendar(rules, { notices })", () => {
  it("without a notice, 24/11/2027 (a Wednesday) is projected as Culture Day", () => {
    expect(makeCalendar(rules).dayInfo("2027-11-24")).toMatchObject({
      working: false,
      holiday: "cultureDay",
      projected: true,
    });
  });

  it("a notice that lists 24/11 confirms it; one that does not withdraws it for its year", () => {
    const confirmed = makeCalendar(rules, {
      notices: [notice([...base, { date: "2027-11-24", kind: "holiday", holiday: "cultureDay" }])],
    });
    expect(confirmed.dayInfo("2027-11-24")).toMatchObject({
      working: false,
      holiday: "cultureDay",
      projected: false,
    });
    const withdrawn = makeCalendar(rules, { notices: [notice(base)] });
    expect(withdrawn.dayInfo("2027-11-24")).toMatchObject({ working: true });
    expect(withdrawn.isWorkingDay("2027-11-24")).toBe(true);
    // Other years keep the rules' notices and projections; the shared calendar is untouched.
    expect(withdrawn.dayInfo("2026-11-24")).toMatchObject({ working: false, holiday: "cultureDay" });
    expect(makeCalendar(rules).isWorkingDay("2027-11-24")).toBe(false);
  });

  it("a notice naming an unknown holiday or a day outside its year is refused, naming the field", () => {
    expect(() =>
      makeCalendar(rules, {
        notices: [notice([{ date: "2027-11-24", kind: "holiday", holiday: "cultureDey" }])],
      }),
    ).toThrow(
      expect.objectContaining({
        code: "CALENDAR_INVALID_RULES",
        path: ["options", "notices", 0, "daysOff", 0, "holiday"],
      }),
    );
    expect(() =>
      makeCalendar(rules, {
        notices: [notice([{ date: "2028-01-01", kind: "holiday", holiday: "newYear" }])],
      }),
    ).toThrow(expect.objectContaining({ path: ["options", "notices", 0, "daysOff", 0, "date"] }));
    expect(() => makeCalendar(rules, { notices: [{ year: 2027 }] as never })).toThrow(
      expect.objectContaining({ code: "CALENDAR_INVALID_OPTIONS" }),
    );
  });
});
