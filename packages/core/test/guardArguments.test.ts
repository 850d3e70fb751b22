import * as z from "zod";
import { describe, expect, it } from "vitest";
import { checkArguments, guardFunction, isMotcuaError, MotcuaError, slotKey } from "@motcua/core";

const thrown = (f: () => unknown): MotcuaError | string => {
  try {
    f();
  } catch (e) {
    return isMotcuaError(e) ? e : `uncoded ${String(e)}`;
  }
  return "no throw";
};

const throwingProxy = (): never =>
  new Proxy([], {
    get() {
      throw new Error("proxy");
    },
    ownKeys() {
      throw new Error("proxy");
    },
  }) as never;
const throwingGetter = (): never =>
  Object.defineProperty({}, "en", {
    enumerable: true,
    get() {
      throw new Error("getter");
    },
  }) as never;

describe("guardFunction with parameter kinds names the argument at fault", () => {
  const first = guardFunction("first", (list: ReadonlyArray<string>, at?: number) => list[at ?? 0], {
    list: "array",
    at: "number?",
  });

  it("a wrong kind: path is the parameter, the message says what it takes in both languages", () => {
    const e = thrown(() => first(null as never));
    expect(e).toBeInstanceOf(MotcuaError);
    expect((e as MotcuaError).code).toBe("INVALID_ARGUMENT");
    expect((e as MotcuaError).path).toEqual(["list"]);
    expect((e as MotcuaError).en).toContain("list must be an array, received null");
    expect((e as MotcuaError).vi).toContain("list phải là một mảng");
  });

  it("a hostile value inside an argument: the path goes down to it", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    const e = thrown(() => checkArguments("f", { options: "object" }, [{ a: [1, throwingGetter()] }]));
    expect((e as MotcuaError).path).toEqual(["options", "a", 1, "en"]);
    expect((thrown(() => checkArguments("f", { options: "object" }, [cyclic])) as MotcuaError).path).toEqual([
      "options",
      "self",
    ]);
    expect((thrown(() => checkArguments("f", { n: "any" }, [10n])) as MotcuaError).en).toContain("BigInt");
  });

  it("a proxy whose traps throw is unreadable, not a wrong type", () => {
    const e = thrown(() => checkArguments("f", { list: "array" }, [throwingProxy()]));
    expect((e as MotcuaError).path).toEqual(["list"]);
    expect((e as MotcuaError).en).toContain("cannot be read");
  });

  it("an object that lacks a method it must have", () => {
    const e = thrown(() => checkArguments("f", { calendar: ["addWorkingDayNumbers"] }, [{}]));
    expect((e as MotcuaError).path).toEqual(["calendar"]);
    expect((e as MotcuaError).en).toContain("calendar must be an object with addWorkingDayNumbers()");
    expect(() => checkArguments("f", { calendar: ["add"] }, [{ add: () => 1 }])).not.toThrow();
  });

  it("valid arguments pass, optional ones may be left out", () => {
    expect(first(["a", "b"], 1)).toBe("b");
    expect(first(["a"])).toBe("a");
    expect(() => checkArguments("f", { a: "string", b: "object?" }, ["x"])).not.toThrow();
  });
});

// Issue 19, fuzz finding core.slotKey: a throwing getter or proxy as the text, or null options,
// threw the raw error.
describe("slotKey refuses hostile arguments with a coded error", () => {
  it.each([
    ["a throwing getter as text", () => slotKey(z.number(), throwingGetter()), ["text", "en"]],
    ["a throwing proxy as text", () => slotKey(z.number(), throwingProxy()), ["text"]],
    ["null options", () => slotKey(z.number(), { en: "n", vi: "n" }, undefined, null as never), ["options"]],
  ])("%s", (_, f, path) => {
    const e = thrown(f);
    expect(e).toBeInstanceOf(MotcuaError);
    expect((e as MotcuaError).code).toBe("INVALID_ARGUMENT");
    expect((e as MotcuaError).path).toEqual(path);
  });

  it("still builds a key", () => {
    expect(slotKey(z.number(), { en: "n", vi: "số" }).vi).toBe("số");
  });
});
