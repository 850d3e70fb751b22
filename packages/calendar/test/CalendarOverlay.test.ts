import { describe, expect, it } from "vitest";
import { formatInstant, isMotcuaError, type LegalRef } from "@motcua/core";
import { CalendarErrorCode, makeCalendar, type CalendarOverlay } from "@motcua/calendar";
import { rules } from "./support/national";

// Illustrative hours: DOMAIN.md §6 cites deployed systems using 07:00–11:30 and 13:30–17:00 with
// summer/winter switches [C practice]; the dates below are an example, not a province's decision.
const example: LegalRef = { document: "Example overlay for tests (DOMAIN.md §6)", verified: false };
const overlay: CalendarOverlay = {
  id: "example-province",
  daysOff: [
    {
      date: "2026-03-02",
      name: "Ngày nghỉ địa phương (ví dụ)",
      nameEn: "Local day off (example)",
      legalRef: example,
    },
  ],
  officeHours: [
    {
      sessions: [
        { start: "07:30", end: "11:30" },
        { start: "13:00", end: "17:00" },
      ],
      seasons: [
        {
          name: "Mùa hè",
          from: "04-15",
          to: "10-14",
          sessions: [
            { start: "07:00", end: "11:30" },
            { start: "13:30", end: "17:00" },
          ],
        },
      ],
      validFrom: "2026-01-01",
      legalRef: example,
    },
  ],
};
const cal = makeCalendar(rules, { fromYear: 2025, toYear: 2027, overlays: [overlay] });
const iso = formatInstant;

describe("province overlays", () => {
  it("adds a local day off with its source and overlay id", () => {
    expect(cal.dayInfo("2026-03-02")).toMatchObject({
      working: false,
      kind: "localDayOff",
      name: "Ngày nghỉ địa phương (ví dụ)",
      overlay: "example-province",
      legalRef: example,
    });
    expect(cal.addWorkingDays("2026-02-27", 1)).toBe("2026-03-03");
    expect(cal.explain("2026-02-28", "2026-03-04").map((d) => d.kind)).toEqual([
      "weekend",
      "weekend",
      "localDayOff",
    ]);
  });

  it("applies seasonal office hours, national hours before validFrom", () => {
    expect(cal.sessionsOn("2025-12-31")).toEqual([
      { start: 480, end: 720 },
      { start: 780, end: 1020 },
    ]);
    expect(cal.sessionsOn("2026-01-05")).toEqual([
      { start: 450, end: 690 },
      { start: 780, end: 1020 },
    ]);
    expect(cal.sessionsOn("2026-04-15")).toEqual([
      { start: 420, end: 690 },
      { start: 810, end: 1020 },
    ]);
    expect(cal.sessionsOn("2026-10-15")[0]).toEqual({ start: 450, end: 690 });
  });

  it("computes instants over the seasonal sessions (8 h = 480 min a day in both seasons)", () => {
    expect(iso(cal.nextWorkingInstant("2026-04-15T06:00:00+07:00"))).toBe("2026-04-15T07:00:00+07:00");
    expect(iso(cal.nextWorkingInstant("2026-04-15T12:00:00+07:00"))).toBe("2026-04-15T13:30:00+07:00");
    expect(iso(cal.addWorkingMinutes("2026-04-15T07:00:00+07:00", 270))).toBe("2026-04-15T11:30:00+07:00");
    expect(iso(cal.endOfWorkingDay("2026-04-14"))).toBe("2026-04-14T17:00:00+07:00");
    // Tue 14/4 (winter) 16:00 + 120 min → 60 min left on Tue, 60 on Wed 15/4 (summer, from 07:00).
    expect(iso(cal.addWorkingMinutes("2026-04-14T16:00:00+07:00", 120))).toBe("2026-04-15T08:00:00+07:00");
    expect(cal.workingMinutesBetween("2026-04-13T00:00:00+07:00", "2026-04-18T00:00:00+07:00")).toBe(5 * 480);
  });

  it("uses the later overlay's hours and handles unequal day lengths", () => {
    const short: CalendarOverlay = { id: "short", officeHours: [{ sessions: [{ start: 480, end: 600 }] }] };
    const c = makeCalendar(rules, { fromYear: 2026, toYear: 2026, overlays: [overlay, short] });
    expect(c.sessionsOn("2026-04-15")).toEqual([{ start: 480, end: 600 }]);
    expect(iso(c.addWorkingMinutes("2026-02-12T09:00:00+07:00", 120))).toBe("2026-02-13T09:00:00+07:00");
    const seasonal = makeCalendar(rules, {
      fromYear: 2026,
      toYear: 2026,
      overlays: [
        {
          id: "winter-short",
          officeHours: [
            {
              sessions: [{ start: 480, end: 1020 }],
              seasons: [{ from: "11-01", to: "02-28", sessions: [{ start: 540, end: 600 }] }],
            },
          ],
        },
      ],
    });
    expect(seasonal.sessionsOn("2026-01-05")).toEqual([{ start: 540, end: 600 }]);
    expect(seasonal.sessionsOn("2026-03-02")).toEqual([{ start: 480, end: 1020 }]);
    // Fri 27/2 (60 min) then Mon 2/3 (540 min): 100 minutes from Fri 09:00 end Mon 08:40.
    expect(iso(seasonal.addWorkingMinutes("2026-02-27T09:00:00+07:00", 100))).toBe(
      "2026-03-02T08:40:00+07:00",
    );
    expect(iso(seasonal.addWorkingMinutes("2026-03-02T08:40:00+07:00", -100))).toBe(
      "2026-02-27T09:00:00+07:00",
    );
  });

  it("never mutates the overlay it is given", () => {
    const frozen = JSON.parse(JSON.stringify(overlay)) as CalendarOverlay;
    const copy = structuredClone(frozen);
    makeCalendar(rules, { fromYear: 2026, toYear: 2026, overlays: [frozen] });
    expect(frozen).toEqual(copy);
  });
});

const expectCode = (f: () => unknown, code: string, path?: ReadonlyArray<string | number>): void => {
  try {
    f();
    expect.unreachable(`expected ${code}`);
  } catch (e) {
    expect(isMotcuaError(e)).toBe(true);
    if (!isMotcuaError(e)) return;
    expect(e.code).toBe(code);
    expect(e.vi.length).toBeGreaterThan(0);
    expect(e.en.length).toBeGreaterThan(0);
    if (path !== undefined) expect(e.path).toEqual(path);
  }
};

describe("malformed overlays and sessions", () => {
  const withHours = (sessions: unknown, extra: object = {}): unknown => ({
    fromYear: 2026,
    toYear: 2026,
    overlays: [{ id: "x", officeHours: [{ sessions, ...extra }] }],
  });
  it("rejects negative, reversed and empty sessions", () => {
    expectCode(
      () => makeCalendar(rules, withHours([{ start: -60, end: 600 }]) as never),
      CalendarErrorCode.INVALID_SESSION,
      ["options", "overlays", 0, "officeHours", 0, "sessions", 0, "start"],
    );
    expectCode(
      () => makeCalendar(rules, withHours([{ start: "12:00", end: "08:00" }]) as never),
      CalendarErrorCode.INVALID_SESSION,
      ["options", "overlays", 0, "officeHours", 0, "sessions", 0, "end"],
    );
    expectCode(() => makeCalendar(rules, withHours([]) as never), CalendarErrorCode.INVALID_SESSION);
    expectCode(
      () => makeCalendar(rules, withHours([{ start: "25:00", end: "26:00" }]) as never),
      CalendarErrorCode.INVALID_SESSION,
    );
    expectCode(
      () => makeCalendar(rules, withHours([{ start: "8:00", end: "12:00" }]) as never),
      CalendarErrorCode.INVALID_SESSION,
    );
  });

  it("rejects overlapping sessions and seasons", () => {
    expectCode(
      () =>
        makeCalendar(
          rules,
          withHours([
            { start: "08:00", end: "12:00" },
            { start: "11:00", end: "17:00" },
          ]) as never,
        ),
      CalendarErrorCode.OVERLAPPING_SESSIONS,
      ["options", "overlays", 0, "officeHours", 0, "sessions", 1],
    );
    const s = [{ start: "08:00", end: "12:00" }];
    expectCode(
      () =>
        makeCalendar(
          rules,
          withHours(s, {
            seasons: [
              { from: "04-15", to: "10-14", sessions: s },
              { from: "10-01", to: "04-14", sessions: s },
            ],
          }) as never,
        ),
      CalendarErrorCode.OVERLAPPING_SESSIONS,
      ["options", "overlays", 0, "officeHours", 0, "seasons", 1],
    );
  });

  it("rejects malformed overlays naming the field", () => {
    expectCode(
      () => makeCalendar(rules, { overlays: [{ id: "x", daysOff: [{ date: "2025-02-30", name: "x" }] }] }),
      CalendarErrorCode.INVALID_OPTIONS,
      ["options", "overlays", 0, "daysOff", 0, "date"],
    );
    expectCode(() => makeCalendar(rules, { overlays: [{ id: "" }] }), CalendarErrorCode.INVALID_OPTIONS, [
      "options",
      "overlays",
      0,
      "id",
    ]);
    expectCode(
      () => makeCalendar(rules, { overlays: [{ id: "x", holidays: [] }] as never }),
      CalendarErrorCode.INVALID_OPTIONS,
    );
    expectCode(
      () => makeCalendar(rules, { overlays: [{ id: "x" }, { id: "x" }] }),
      CalendarErrorCode.INVALID_OPTIONS,
      ["options", "overlays", 1, "id"],
    );
    expectCode(
      () =>
        makeCalendar(
          rules,
          withHours([{ start: 480, end: 600 }], { validFrom: "2026-05-01", validTo: "2026-04-01" }) as never,
        ),
      CalendarErrorCode.INVALID_OPTIONS,
    );
    expectCode(
      () =>
        makeCalendar(
          rules,
          withHours([{ start: 480, end: 600 }], {
            seasons: [{ from: "13-01", to: "02-01", sessions: [] }],
          }) as never,
        ),
      CalendarErrorCode.INVALID_OPTIONS,
      ["options", "overlays", 0, "officeHours", 0, "seasons", 0, "from"],
    );
  });
});
