import { describe, expect, it } from "vitest";
import { NATIONAL_SESSIONS } from "@motcua/calendar";
import { composeRulebook, explain, getRule, RuleTester, ruleValue } from "@motcua/plugin-sdk";
import { national, nationalCases, NATIONAL_SOURCES } from "@motcua/national";

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

  it("office hours are @motcua/calendar's national default sessions 08:00–12:00, 13:00–17:00, Mon–Fri (issue 3), unverified: provinces set their own", () => {
    const book = composeRulebook([national], { asOf: "2026-01-05" });
    expect(ruleValue(book, "calendar", "officeHours")).toEqual({
      weekdays: [1, 2, 3, 4, 5],
      sessions: [
        { start: "08:00", end: "12:00" },
        { start: "13:00", end: "17:00" },
      ],
    });
    const sessions = ruleValue(book, "calendar", "officeHours")?.sessions ?? [];
    expect(
      sessions.map((s) => [s.start, s.end].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)))),
    ).toEqual(NATIONAL_SESSIONS.map((s) => [s.start, s.end]));
    const rule = getRule(book, "calendar", "officeHours");
    expect(rule?.verified).toBe(false);
    expect(rule?.provenance[0]?.legalRef.note).toMatch(
      /07:00–11:30 \/ 13:30–17:00 only as one province's practice/,
    );
  });

  it("postal counter tasks include transfer (DOMAIN.md §1), unverified because Nghị định 107/2021 as quoted (seed 003 L129) omits it", () => {
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
    expect(rule?.provenance[0]?.legalRef.note).toMatch(/DOMAIN\.md §1/);
  });

  it("lists the Labour Code holidays (Art. 112), Tết with 5 days and 2/9 with an adjacent day", () => {
    const holidays =
      ruleValue(composeRulebook([national], { asOf: "2025-01-01" }), "calendar", "statutoryHolidays") ?? [];
    expect(holidays.map((h) => `${h.kind} ${h.day}/${h.month} ×${h.days}`)).toEqual([
      "solar 1/1 ×1",
      "lunarNewYear 1/1 ×5",
      "lunar 10/3 ×1",
      "solar 30/4 ×1",
      "solar 1/5 ×1",
      "solar 2/9 ×2",
    ]);
    const later =
      ruleValue(composeRulebook([national], { asOf: "2026-07-01" }), "calendar", "statutoryHolidays") ?? [];
    expect(later.at(-1)).toEqual({
      kind: "solar",
      month: 11,
      day: 24,
      days: 1,
      name: "Ngày Văn hóa Việt Nam",
    });
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
      "Nghị định 61/2018/NĐ-CP, Điều 18 [… → 2025-06-30]",
    );
  });
});
