import { describe, expect, it } from "vitest";
import { composeRulebook, explain, getRule, RuleTester, ruleValue, sliceOf } from "@motcua/plugin-sdk";
import {
  national,
  nationalCalendar,
  nationalCalendarRules,
  nationalCases,
  NATIONAL_SOURCES,
} from "@motcua/national";

RuleTester.describe = describe;
RuleTester.it = it;
new RuleTester().run("national", national, nationalCases);

describe("national baseline", () => {
  it("switches from Nghị định 61/2018 to 118/2025 on 1/7/2025", () => {
    const before = getRule(composeRulebook([national], { asOf: "2025-06-30" }), "sla", "supplementPolicy");
    const after = getRule(composeRulebook([national], { asOf: "2025-07-01" }), "sla", "supplementPolicy");
    expect(before?.provenance[0]?.legalRef).toMatchObject({
      document: "Nghị định 61/2018/NĐ-CP",
      article: "19",
      verified: true,
    });
    expect(after?.provenance[0]?.legalRef).toMatchObject({
      document: "Nghị định 118/2025/NĐ-CP",
      verified: false,
    });
  });

  it("office hours are the national default sessions 08:00–12:00, 13:00–17:00, unverified: provinces set their own", () => {
    const book = composeRulebook([national], { asOf: "2026-01-05" });
    expect(ruleValue(book, "calendar", "officeHours")).toEqual([
      {
        sessions: [
          { start: "08:00", end: "12:00" },
          { start: "13:00", end: "17:00" },
        ],
      },
    ]);
    expect(nationalCalendar().sessionsOn("2026-01-05")).toEqual([
      { start: 480, end: 720 },
      { start: 780, end: 1020 },
    ]);
    const rule = getRule(book, "calendar", "officeHours");
    expect(rule?.verified).toBe(false);
    expect(rule?.provenance[0]?.legalRef.note).toMatch(/each province sets its own/);
  });

  it("the calendar rules carry no validity of their own: every date gives the same calendar slice", () => {
    const dates = ["1995-01-02", "2013-05-01", "2021-01-01", "2025-07-01", "2026-07-01", "2199-12-31"];
    const slices = dates.map((d) =>
      JSON.stringify(sliceOf(composeRulebook([national], { asOf: d }), "calendar")),
    );
    for (const s of slices) expect(s).toBe(JSON.stringify(nationalCalendarRules()));
  });

  it("the calendar package holds no holiday: the national rules supply them, each with its code", () => {
    const cal = nationalCalendar();
    expect(cal.dayInfo("2026-11-24")).toMatchObject({ kind: "holiday", holiday: "cultureDay" });
    expect(cal.dayInfo("2025-11-24").working).toBe(true);
    expect(cal.dayInfo("2010-02-16").legalRef?.document).toBe("Bộ luật Lao động 1994, sửa đổi 2007");
    expect(cal.dayInfo("2030-02-05").legalRef).toMatchObject({ article: "112", verified: true });
  });

  it("postal counter tasks include transfer (deployed practice), unverified because Nghị định 107/2021 as quoted (the 2022 Đồng Tháp review, L129) omits it", () => {
    const rule = getRule(
      composeRulebook([national], { asOf: "2022-01-01" }),
      "permissions",
      "postalCounterTasks",
    );
    expect(rule?.value).toEqual(["guide", "receive", "digitise", "transfer", "returnResult"]);
    expect(rule?.verified).toBe(false);
    expect(rule?.provenance[0]?.legalRef).toMatchObject({
      document: "Nghị định 107/2021/NĐ-CP",
      verified: false,
    });
    expect(rule?.provenance[0]?.legalRef.note).toMatch(/deployed practice/);
  });

  it("lists the Labour Code 2019 holidays (Art. 112) in force from 2021: Tết with 5 days, 2/9 with an adjacent day, and 24/11 from 1/7/2026", () => {
    const holidays =
      ruleValue(composeRulebook([national], { asOf: "2025-01-01" }), "calendar", "statutoryHolidays") ?? [];
    const from2021 = holidays.filter((h) => (h.from ?? "") >= "2021-01-01");
    expect(
      from2021.map((h) => `${h.id} ${h.kind} ${h.day}/${h.month} ×${h.days ?? 1} from ${h.from}`),
    ).toEqual([
      "newYear solar 1/1 ×1 from 2021-01-01",
      "tet lunarNewYear 1/1 ×5 from 2021-01-01",
      "hungKings lunar 10/3 ×1 from 2021-01-01",
      "reunification solar 30/4 ×1 from 2021-01-01",
      "labour solar 1/5 ×1 from 2021-01-01",
      "national solar 2/9 ×1 from 2021-01-01",
      "nationalAdjacent adjacent 2/9 ×1 from 2021-01-01",
      "cultureDay solar 24/11 ×1 from 2026-07-01",
    ]);
    expect(holidays.filter((h) => h.id === "tet").map((h) => [h.days, h.from, h.to])).toEqual([
      [4, undefined, "2013-04-30"],
      [5, "2013-05-01", "2020-12-31"],
      [5, "2021-01-01", undefined],
    ]);
  });

  it("gives the Quyết định 45/2016 transit targets (J+1…J+4, J+2…J+8 with an appointment slip)", () => {
    const targets =
      ruleValue(composeRulebook([national], { asOf: "2024-01-01" }), "sla", "postalTransitTargets") ?? [];
    expect(targets.map((t) => [t.route, t.workingDays, t.withAppointmentSlip])).toEqual([
      ["sameDistrict", 1, 2],
      ["betweenDistricts", 2, 4],
      ["betweenMajorCities", 3, 6],
      ["interProvincial", 4, 8],
    ]);
  });

  it("cites a source for every rule and marks practice and unread texts unverified", () => {
    for (const rule of national.rules) {
      expect(rule.legalRef.document.length).toBeGreaterThan(0);
      if (
        rule.legalRef.document.startsWith("Nghị định 118/2025") ||
        rule.legalRef.document.startsWith("Thực tiễn")
      )
        expect(rule.legalRef.verified).toBe(false);
    }
    expect(NATIONAL_SOURCES.qd2133.verified).toBe(false);
  });

  it("explains a national value with its article", () => {
    expect(explain(composeRulebook([national], { asOf: "2025-03-01" }), "sla.paperTransferCutoff")).toContain(
      "Nghị định 61/2018/NĐ-CP (23/04/2018), Điều 18 [… → 2025-06-30]",
    );
  });
});
