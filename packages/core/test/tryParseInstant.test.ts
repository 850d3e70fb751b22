/** The character-by-character ISO reader gives exactly what the former regular expression gave. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberOf, daysInMonth, MAX_INSTANT_MS, MIN_INSTANT_MS, tryParseInstant } from "@motcua/core";

/** The former implementation, kept here as the reference. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const inRange = (ms: number): boolean => Number.isInteger(ms) && ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS;
function reference(value: string): number | undefined {
  const m = ISO.exec(value);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const zone = m[8] as string;
  let offsetMs = 0;
  if (zone !== "Z") {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return undefined;
    offsetMs = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const ms =
    dayNumberOf(year, month, day) * 86_400_000 +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    fraction -
    offsetMs;
  return inRange(ms) ? ms : undefined;
}

const d = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((x) => String(x).padStart(n, "0"));
/** Strings shaped like instants, often valid, often wrong in one place. */
const isoLike = fc
  .tuple(
    d(4),
    fc.oneof(d(2), fc.constantFrom("01", "02", "12", "13", "00")),
    fc.oneof(d(2), fc.constantFrom("28", "29", "30", "31", "32")),
    d(2),
    d(2),
    fc.option(
      fc.tuple(
        d(2),
        fc.option(fc.string({ unit: fc.constantFrom("0", "5", "9", "a"), minLength: 0, maxLength: 11 })),
      ),
    ),
    fc.oneof(
      fc.constant("Z"),
      fc.tuple(fc.constantFrom("+", "-", "±"), d(2), fc.constantFrom(":", ""), d(2)).map((t) => t.join("")),
    ),
  )
  .map(([y, mo, da, h, mi, sec, zone]) => {
    const s = sec === null ? "" : `:${sec[0]}${sec[1] === null ? "" : `.${sec[1]}`}`;
    return `${y}-${mo}-${da}T${h}:${mi}${s}${zone}`;
  });
/** …and the same with one character replaced, inserted or removed. */
const mutated = fc
  .tuple(
    isoLike,
    fc.nat(),
    fc.constantFrom("replace", "insert", "delete"),
    fc.constantFrom("0", "9", "-", ":", "T", "Z", "+", ".", " ", "x", "٣"),
  )
  .map(([s, at, how, c]) => {
    const i = at % (s.length + 1);
    if (how === "insert") return s.slice(0, i) + c + s.slice(i);
    if (how === "delete") return s.slice(0, i) + s.slice(i + 1);
    return s.slice(0, i) + c + s.slice(i + 1);
  });

describe("tryParseInstant on strings", () => {
  it("equals the regular-expression reader on instant-shaped, mutated and arbitrary strings (property)", () => {
    fc.assert(
      fc.property(fc.oneof(isoLike, mutated, fc.string()), (s) => {
        expect(tryParseInstant(s)).toBe(reference(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it("reads the forms it documents", () => {
    expect(tryParseInstant("2026-02-12T09:00:00+07:00")).toBe(1770861600000);
    expect(tryParseInstant("2026-02-12T02:00Z")).toBe(1770861600000);
    expect(tryParseInstant("2026-02-12T09:00:00.123456789+07:00")).toBe(1770861600123);
    expect(tryParseInstant("2026-02-12T09:00:00.1234567890+07:00")).toBeUndefined();
    expect(tryParseInstant("2026-02-12T09:00:00")).toBeUndefined();
    expect(tryParseInstant("2026-02-29T09:00:00+07:00")).toBeUndefined();
    expect(tryParseInstant("2026-02-12T09:00:00+07:00 ")).toBeUndefined();
  });
});
