import { describe, expect, it } from "vitest";
import { formatInstant, isMotcuaError, parseInstant } from "@motcua/core";
import { CalendarErrorCode } from "@motcua/calendar";
import { nationalCalendar } from "./support/national";

const cal = nationalCalendar();
const iso = (ms: number): string => formatInstant(ms);

// Source for every row: DOMAIN.md §7 table of official civil-service schedules (yearly notices,
// numbers not recorded), Labour Code 2019 Art. 111(3) and 112.
const NOTICE_DAYS_OFF: Record<number, string[]> = {
  2021: ["01-01", "02-10", "02-11", "02-12", "02-15", "02-16", "04-21", "04-30", "05-03", "09-02", "09-03"],
  2022: ["01-03", "01-31", "02-01", "02-02", "02-03", "02-04", "04-11", "05-02", "05-03", "09-01", "09-02"],
  2023: ["01-02", "01-20", "01-23", "01-24", "01-25", "01-26", "05-01", "05-02", "05-03", "09-01", "09-04"],
  2024: [
    "01-01",
    "02-08",
    "02-09",
    "02-12",
    "02-13",
    "02-14",
    "04-18",
    "04-29",
    "04-30",
    "05-01",
    "09-02",
    "09-03",
  ],
  2025: [
    "01-01",
    "01-27",
    "01-28",
    "01-29",
    "01-30",
    "01-31",
    "04-07",
    "04-30",
    "05-01",
    "05-02",
    "09-01",
    "09-02",
  ],
  2026: [
    "01-01",
    "01-02",
    "02-16",
    "02-17",
    "02-18",
    "02-19",
    "02-20",
    "04-27",
    "04-30",
    "05-01",
    "08-31",
    "09-01",
    "09-02",
    "11-24",
  ],
};
const NOTICE_SATURDAYS_WORKED: Record<number, string[]> = {
  2021: [],
  2022: [],
  2023: [],
  2024: ["05-04"],
  2025: ["04-26"],
  2026: ["01-10", "08-22"],
};

describe("national schedule from the yearly notices 2021–2026 (DOMAIN.md §7)", () => {
  for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
    it(`${year}: exactly the weekdays off and Saturdays worked of the notice`, () => {
      const offWeekdays = cal
        .explain(`${year}-01-01`, `${year + 1}-01-01`)
        .filter((d) => d.kind !== "weekend")
        .filter((d) => {
          const w = new Date(`${d.date}T00:00:00Z`).getUTCDay();
          return w !== 0 && w !== 6;
        })
        .map((d) => d.date.slice(5));
      expect(offWeekdays).toEqual(NOTICE_DAYS_OFF[year]);
      for (const md of NOTICE_SATURDAYS_WORKED[year] ?? []) {
        const info = cal.dayInfo(`${year}-${md}`);
        expect(info).toMatchObject({ working: true, kind: "makeUpWorkday", projected: false });
        expect(info.legalRef?.verified).toBe(false);
        expect(info.legalRef?.note).toMatch(/number was not recorded/);
      }
    });
  }

  it("the 'done when' examples of issue 3", () => {
    expect(cal.isWorkingDay("2026-01-10")).toBe(true); // make-up Saturday
    expect(cal.isWorkingDay("2026-08-22")).toBe(true); // make-up Saturday
    expect(cal.dayInfo("2026-04-27")).toMatchObject({
      working: false,
      kind: "compensatory",
      holiday: "hungKings",
    });
    expect(cal.dayInfo("2026-11-24")).toMatchObject({
      working: false,
      kind: "holiday",
      holiday: "cultureDay",
    });
    expect(cal.dayInfo("2025-11-24")).toEqual({
      date: "2025-11-24",
      working: true,
      kind: "weekday",
      projected: false,
    });
  });

  it("names weekend holidays and cites the statute for them", () => {
    const hung = cal.dayInfo("2026-04-26"); // Sunday, Labour Code 2019 Art. 112
    expect(hung).toMatchObject({ working: false, kind: "holiday", holiday: "hungKings", projected: false });
    expect(hung.legalRef).toMatchObject({ article: "112", verified: true });
    expect(cal.dayInfo("2024-02-10")).toMatchObject({ kind: "holiday", holiday: "tet" }); // Tết on a Saturday
    expect(cal.dayInfo("2026-02-21")).toMatchObject({ kind: "weekend" }); // Saturday after the Tết block
  });
});

describe("projected years (no notice)", () => {
  it("says projected: true for every answer of 2027", () => {
    for (const d of ["2027-01-04", "2027-01-09", "2027-02-08", "2027-04-16"]) {
      expect(cal.dayInfo(d).projected).toBe(true);
    }
    expect(cal.dayInfo("2026-12-31").projected).toBe(false);
  });

  it("projects 2027 from the statutes: Tết block, Hùng Kings, 2/9 + 3/9, compensatory 3/5", () => {
    const off = cal
      .explain("2027-01-01", "2028-01-01")
      .filter(
        (d) =>
          d.kind !== "weekend" &&
          !["Sat", "Sun"].includes(new Date(`${d.date}T00:00Z`).toUTCString().slice(0, 3)),
      )
      .map((d) => d.date.slice(5));
    // Tết 2027 = Sat 6/2 → T−2 = Thu 4/2: 4, 5, 8, 9, 10/2; 1/5 Sat → Mon 3/5; 2/9 Thu → 3/9 Fri.
    expect(off).toEqual([
      "01-01",
      "02-04",
      "02-05",
      "02-08",
      "02-09",
      "02-10",
      "04-16",
      "04-30",
      "05-03",
      "09-02",
      "09-03",
      "11-24",
    ]);
  });
});

describe("working-day arithmetic", () => {
  it("the agreed worked example: Thu 2026-02-12 + 3 working days = Tue 2026-02-24", () => {
    expect(cal.addWorkingDays("2026-02-12", 3)).toBe("2026-02-24");
    expect(cal.addWorkingDays("2026-02-24", -3)).toBe("2026-02-12");
    expect(cal.workingDaysBetween("2026-02-12", "2026-02-24")).toBe(3); // 12, 13, 23
    expect(cal.workingDaysBetween("2026-02-24", "2026-02-12")).toBe(-3);
  });

  it("from a non-working day, +1 is the first working day after and −1 the last before", () => {
    expect(cal.addWorkingDays("2026-02-14", 1)).toBe("2026-02-23");
    expect(cal.addWorkingDays("2026-02-14", -1)).toBe("2026-02-13");
    expect(cal.addWorkingDays("2026-02-14", 0)).toBe("2026-02-14");
    expect(cal.addWorkingDays("2026-01-09", 1)).toBe("2026-01-10"); // make-up Saturday counts
  });
});

describe("instant arithmetic over sessions (08:00–12:00, 13:00–17:00)", () => {
  it("the agreed worked examples", () => {
    expect(iso(cal.sameTimeOnWorkingDay("2026-02-12T09:00:00+07:00", 3))).toBe("2026-02-24T09:00:00+07:00");
    expect(iso(cal.nextWorkingInstant("2026-02-13T18:00:00+07:00"))).toBe("2026-02-23T08:00:00+07:00");
  });

  it("the table of docs/calendar.md §3", () => {
    const fri = "2026-02-13T18:00:00+07:00";
    const thu = "2026-02-12T09:00:00+07:00";
    expect(iso(cal.addWorkingMinutes(fri, 480))).toBe("2026-02-23T17:00:00+07:00");
    expect(iso(cal.addWorkingMinutes(thu, 480))).toBe("2026-02-13T09:00:00+07:00");
    expect(iso(cal.sameTimeOnWorkingDay(fri, 3))).toBe("2026-02-25T17:00:00+07:00");
    expect(iso(cal.endOfWorkingDay(cal.addWorkingDays("2026-02-12", 3)))).toBe("2026-02-24T17:00:00+07:00");
  });

  it("nextWorkingInstant keeps instants inside a session and moves the others", () => {
    expect(iso(cal.nextWorkingInstant("2026-02-12T08:00:00+07:00"))).toBe("2026-02-12T08:00:00+07:00");
    expect(iso(cal.nextWorkingInstant("2026-02-12T12:00:00+07:00"))).toBe("2026-02-12T13:00:00+07:00");
    expect(iso(cal.nextWorkingInstant("2026-02-12T07:59:59+07:00"))).toBe("2026-02-12T08:00:00+07:00");
    expect(iso(cal.nextWorkingInstant("2026-02-12T17:00:00+07:00"))).toBe("2026-02-13T08:00:00+07:00");
    expect(cal.nextWorkingInstant(parseInstant("2026-02-12T02:30:00Z"))).toBe(
      parseInstant("2026-02-12T09:30:00+07:00"),
    );
  });

  it("addWorkingMinutes ends at a session end when the minutes run out there", () => {
    expect(iso(cal.addWorkingMinutes("2026-02-12T08:00:00+07:00", 480))).toBe("2026-02-12T17:00:00+07:00");
    expect(iso(cal.addWorkingMinutes("2026-02-12T08:00:00+07:00", 240))).toBe("2026-02-12T12:00:00+07:00");
    expect(iso(cal.addWorkingMinutes("2026-02-12T08:00:00+07:00", 241))).toBe("2026-02-12T13:01:00+07:00");
    expect(iso(cal.addWorkingMinutes("2026-02-13T16:00:00+07:00", 120))).toBe("2026-02-23T09:00:00+07:00");
    expect(iso(cal.addWorkingMinutes("2026-02-13T18:00:00+07:00", 0))).toBe("2026-02-23T08:00:00+07:00");
    expect(iso(cal.addWorkingMinutes("2026-02-23T09:00:00+07:00", -120))).toBe("2026-02-13T16:00:00+07:00");
    expect(iso(cal.addWorkingMinutes("2026-02-12T17:00:00+07:00", -480))).toBe("2026-02-12T08:00:00+07:00");
  });

  it("workingMinutesBetween counts [a, b)", () => {
    expect(cal.workingMinutesBetween("2026-02-12T09:00:00+07:00", "2026-02-24T09:00:00+07:00")).toBe(3 * 480);
    expect(cal.workingMinutesBetween("2026-02-12T11:30:00+07:00", "2026-02-12T13:30:00+07:00")).toBe(60);
    expect(cal.workingMinutesBetween("2026-02-12T13:30:00+07:00", "2026-02-12T11:30:00+07:00")).toBe(-60);
  });

  it("sameTimeOnWorkingDay clamps into the target day's sessions", () => {
    expect(iso(cal.sameTimeOnWorkingDay("2026-02-12T12:30:00+07:00", 1))).toBe("2026-02-13T13:00:00+07:00");
    expect(iso(cal.sameTimeOnWorkingDay("2026-02-12T18:00:00+07:00", 1))).toBe("2026-02-13T17:00:00+07:00");
    expect(iso(cal.sameTimeOnWorkingDay("2026-02-12T06:00:00+07:00", 1))).toBe("2026-02-13T08:00:00+07:00");
    expect(iso(cal.sameTimeOnWorkingDay("2026-02-14T10:00:00+07:00", 0))).toBe("2026-02-23T08:00:00+07:00");
  });

  it("endOfWorkingDay and sessionsOn", () => {
    expect(iso(cal.endOfWorkingDay("2026-02-24"))).toBe("2026-02-24T17:00:00+07:00");
    expect(cal.sessionsOn("2026-02-24")).toEqual([
      { start: 480, end: 720 },
      { start: 780, end: 1020 },
    ]);
    expect(cal.sessionsOn("2026-02-17")).toEqual([]);
    try {
      cal.endOfWorkingDay("2026-02-17");
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, CalendarErrorCode.NOT_WORKING_DAY)).toBe(true);
    }
  });
});
