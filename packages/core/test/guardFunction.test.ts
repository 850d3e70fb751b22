import { describe, expect, it } from "vitest";
import {
  citeLegalRef,
  dayNumberOf,
  findHandover,
  formatErrorPath,
  guardFunction,
  isMotcuaError,
  isValidOn,
  MotcuaError,
  parseInstant,
  validitiesOverlap,
  vietnamDayNumber,
} from "@motcua/core";

const code = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return isMotcuaError(e) ? e.code : `uncoded ${String(e)}`;
  }
  return undefined;
};

describe("guardFunction", () => {
  it("turns any other throw into INVALID_ARGUMENT and lets coded errors through", () => {
    const first = guardFunction("first", (list: ReadonlyArray<string>) => list[0]);
    expect(first.length).toBe(1);
    expect(first(["a"])).toBe("a");
    expect(code(() => first(undefined as never))).toBe("INVALID_ARGUMENT");
    const coded = guardFunction("coded", () => {
      throw new MotcuaError({ code: "DEMO", vi: "x", en: "x" });
    });
    expect(code(coded)).toBe("DEMO");
  });
});

describe("guardFunction forwards the call unchanged", () => {
  it("keeps this, every argument (none to more than three) and the arguments count", () => {
    const seen = guardFunction("seen", function (this: unknown, ...args: unknown[]) {
      return { self: this, args, count: arguments.length };
    });
    const self = { name: "self" };
    for (const args of [[], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5]]) {
      expect(seen.apply(self, args)).toEqual({ self, args, count: args.length });
    }
    // An explicit undefined is an argument, an omitted one is not (default parameters see both alike).
    const withDefault = guardFunction("withDefault", (a: number, b: number = 10) => a + b);
    expect(withDefault(1)).toBe(11);
    expect(withDefault(1, undefined)).toBe(11);
    expect(withDefault(1, 2)).toBe(3);
    expect(withDefault.length).toBe(1);
  });
});

// Issue 19, the fuzz suite's first findings in core: typed helpers threw TypeError on wrong types.
describe("core helpers throw only coded errors", () => {
  it.each([
    ["citeLegalRef(undefined)", () => citeLegalRef(undefined as never)],
    ["isValidOn(undefined, date)", () => isValidOn(undefined as never, "2026-01-01")],
    ["validitiesOverlap(undefined, {})", () => validitiesOverlap(undefined as never, {})],
    ["findHandover(undefined, query)", () => findHandover(undefined as never, undefined as never)],
    ["dayNumberOf(10n, 1, 1)", () => dayNumberOf(10n as never, 1, 1)],
    [
      "vietnamDayNumber({toString: 1})",
      () => vietnamDayNumber(JSON.parse('{"toString":1,"valueOf":1}') as never),
    ],
  ])("%s", (_, f) => {
    expect(code(f)).toBe("INVALID_ARGUMENT");
  });

  it("a caller-supplied path that is not a list of keys does not break the error", () => {
    expect(code(() => parseInstant("x", 5 as never))).toBe("INVALID_INSTANT");
    expect(formatErrorPath(5 as never)).toBe("");
  });
});
