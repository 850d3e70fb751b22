import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import { CalendarErrorCode, makeCalendar } from "@motcua/calendar";
import { rules } from "./support/national";

const sessions = [{ start: "08:00", end: "12:00" }];
const withSeason = (from: string, to: string) => ({
  overlays: [{ id: "x", officeHours: [{ sessions, seasons: [{ from, to, sessions }] }] }],
});

const refusal = (options: unknown) => {
  try {
    makeCalendar(rules, options as never);
  } catch (e) {
    expect(isMotcuaError(e, CalendarErrorCode.INVALID_OPTIONS)).toBe(true);
    return e as { path: ReadonlyArray<string | number>; en: string };
  }
  throw new Error("accepted");
};

// Issue 19, finding 5: "02-30" and "02-31" matched the MM-DD pattern and were applied to 1–2 March.
describe("season month-days exist in a leap year", () => {
  it("refuses 02-30, 02-31, 04-31 and 11-31, naming the field", () => {
    expect(refusal(withSeason("02-30", "03-15")).path).toEqual([
      "options",
      "overlays",
      0,
      "officeHours",
      0,
      "seasons",
      0,
      "from",
    ]);
    expect(refusal(withSeason("01-01", "02-31")).path.at(-1)).toBe("to");
    refusal(withSeason("04-31", "05-01"));
    refusal(withSeason("11-31", "12-01"));
  });

  it("accepts 02-29 (it exists in leap years) and every real month-day end", () => {
    expect(() => makeCalendar(rules, withSeason("02-29", "03-31") as never)).not.toThrow();
    for (const md of ["01-31", "04-30", "06-30", "09-30", "11-30", "12-31"])
      expect(() => makeCalendar(rules, withSeason("01-01", md) as never)).not.toThrow();
  });
});
