import { describe, expect, it } from "vitest";
import { makeRulebookCache } from "../src/index";

describe("makeRulebookCache", () => {
  it("maps a province to the national baseline composed with it", () => {
    const cache = makeRulebookCache();
    expect(cache.idsOf(undefined)).toEqual(["national"]);
    expect(cache.idsOf({})).toEqual(["national"]);
    expect(cache.idsOf({ province: "province-ha-tinh" })).toEqual(["national", "ha-tinh"]);
    expect(cache.idsOf(["national", "dong-thap"])).toEqual(["national", "dong-thap"]);
    expect(cache.rulebooks).toEqual([
      "national",
      "national,ha-tinh",
      "national,vinh-phuc",
      "national,dong-thap",
    ]);
  });

  it("composes an office of any province by date, a merged province as its successor", () => {
    const cache = makeRulebookCache();
    // The 34 provinces of 1/7/2025 each bear the name of one of the 63 before it; and 3 plugin ids.
    expect(cache.provinces).toHaveLength(63 + 3);
    const vp = cache.select({ province: "vinh-phuc" });
    expect(vp.inputsAt("2025-06-30").rulebook.jurisdiction).toEqual({
      level: "province",
      province: "vinh-phuc",
    });
    expect(vp.inputsAt("2025-07-01").rulebook.jurisdiction).toEqual({
      level: "province",
      province: "phu-tho",
    });
    expect(cache.select({ province: "province-vinh-phuc" })).toBe(vp);
    expect(
      cache
        .select({ province: "hue", asOf: "2026-01-05" })
        .inputsAt("2026-01-05")
        .rulebook.plugins.map((p) => p.id),
    ).toEqual(["national", "province-hue"]);
    expect(() => cache.select({ province: "hue", asOf: "someday" })).toThrow(
      expect.objectContaining({ path: ["rulebook", "asOf"] }),
    );
  });

  it("hands out the same composed rulebook while cached, and stays within its bound", () => {
    const cache = makeRulebookCache({ max: 2 });
    const a = cache.resolve(["national"]);
    expect(cache.resolve(["national"])).toBe(a);
    cache.resolve(["national", "ha-tinh"]);
    cache.resolve(["national", "vinh-phuc"]);
    expect(cache.stats().size).toBe(2);
    // The least recently used one was evicted and is composed afresh.
    expect(cache.resolve(["national"])).not.toBe(a);
    expect(cache.stats()).toMatchObject({ size: 2, hits: 1, misses: 4 });
  });

  it("composes a rulebook afresh once asked for more distinct dates than maxDates", () => {
    const cache = makeRulebookCache({ maxDates: 2 });
    const first = cache.resolve(["national"]);
    first.inputsAt("2026-02-12");
    first.inputsAt("2026-02-12T15:00:00+07:00"); // the same civil date
    first.inputsAt("2026-02-13");
    expect(cache.resolve(["national"])).toBe(first);
    first.inputsAt("2026-02-14");
    const second = cache.resolve(["national"]);
    expect(second).not.toBe(first);
    // The fresh one gives the same rules.
    expect(second.inputsAt("2026-02-14").slaRules).toEqual(first.inputsAt("2026-02-14").slaRules);
    expect(second.calendarAt("2026-02-14").dayInfo("2026-02-17")).toEqual(
      first.calendarAt("2026-02-14").dayInfo("2026-02-17"),
    );
  });

  it("and once asked for more distinct office-session sets than maxSessionSets", () => {
    const cache = makeRulebookCache({ maxSessionSets: 1 });
    const first = cache.resolve(["national"]);
    first.calendarAt("2026-02-14", [{ start: "08:00", end: "12:00" }]);
    expect(cache.resolve(["national"])).toBe(first);
    first.calendarAt("2026-02-14", [{ start: "07:30", end: "11:30" }]);
    expect(cache.resolve(["national"])).not.toBe(first);
  });

  it("refuses unknown ids and provinces with coded errors, caching nothing", () => {
    const cache = makeRulebookCache();
    expect(() => cache.resolve(["national", "hatinh"])).toThrow(
      expect.objectContaining({ code: "CONFORMANCE_UNKNOWN_RULEBOOK" }),
    );
    expect(() => cache.idsOf({ province: "national-x" })).toThrow(
      expect.objectContaining({ code: "SERVER_UNKNOWN_PROVINCE" }),
    );
    expect(cache.stats().size).toBe(0);
  });
});
