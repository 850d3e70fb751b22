/**
 * How `aggregate` reads an iterable of objects: as `for…of` would. The iterator is closed
 * (`return()`) when a dossier is refused mid-stream, not when the iterator itself fails; an array
 * with its own iterator is read through it; holes read as `undefined`.
 */
import { describe, expect, it } from "vitest";
import { aggregate, REPORTS_ERRORS, totalCounts } from "@motcua/reports";
import { RULES } from "./support/rules";
import { thrown } from "./support/thrown";

const Q1 = { from: "2026-01-01", to: "2026-04-01" } as const;
const ok = {
  officeId: "P-HCC",
  level: "province",
  domain: "Tư pháp",
  channel: "counter",
  receivedAt: "2026-01-05T09:00:00+07:00",
  dueAt: "2026-01-12T17:00:00+07:00",
} as const;
const bad = { ...ok, channel: "fax" };

/** An iterator over `items` that records its calls; `returns` is what `return()` does. */
const recording = (items: ReadonlyArray<unknown>, returns: "ok" | "throw" | "absent" = "ok") => {
  const log: string[] = [];
  let i = 0;
  const iterator: Iterator<unknown> = {
    next: () => {
      log.push("next");
      return i < items.length ? { value: items[i++], done: false } : { value: undefined, done: true };
    },
  };
  if (returns !== "absent")
    iterator.return = () => {
      log.push("return");
      if (returns === "throw") throw new Error("return failed");
      return { value: undefined, done: true };
    };
  return { log, iterable: { [Symbol.iterator]: () => iterator } };
};

describe("aggregate reads an iterable as for…of does", () => {
  it("calls return() once when a dossier is refused mid-stream, and reports the dossier", () => {
    const { log, iterable } = recording([ok, bad, ok, ok]);
    const e = thrown(() => aggregate(iterable as never, Q1, RULES));
    expect(e.code).toBe(REPORTS_ERRORS.invalidDossier);
    expect(e.path).toEqual(["dossiers", 1, "channel"]);
    expect(log).toEqual(["next", "next", "return"]);
  });

  it("keeps the dossier's error when return() throws, and copes without return()", () => {
    for (const returns of ["throw", "absent"] as const) {
      const { log, iterable } = recording([ok, ok, bad], returns);
      const e = thrown(() => aggregate(iterable as never, Q1, RULES));
      expect(e.path).toEqual(["dossiers", 2, "channel"]);
      expect(log).toEqual(["next", "next", "next", ...(returns === "throw" ? ["return"] : [])]);
    }
  });

  it("runs a generator's finally block when it is stopped by a refused dossier", () => {
    let closed = false;
    function* dossiers() {
      try {
        yield ok;
        yield bad;
        yield ok;
      } finally {
        closed = true;
      }
    }
    expect(thrown(() => aggregate(dossiers() as never, Q1, RULES)).path).toEqual(["dossiers", 1, "channel"]);
    expect(closed).toBe(true);
  });

  it("does not call return() when the iterator itself fails: the list cannot be read", () => {
    const log: string[] = [];
    let n = 0;
    const iterable = {
      [Symbol.iterator]: () => ({
        next: () => {
          log.push("next");
          if (n++ === 1) throw new Error("cursor lost");
          return { value: ok, done: false };
        },
        return: () => {
          log.push("return");
          return { done: true };
        },
      }),
    };
    const e = thrown(() => aggregate(iterable as never, Q1, RULES));
    expect([e.code, e.path, e.en]).toEqual([
      REPORTS_ERRORS.invalidDossier,
      ["dossiers"],
      "The dossier list cannot be read",
    ]);
    expect(log).toEqual(["next", "next"]);
    const notAnObject = { [Symbol.iterator]: () => ({ next: () => 42 }) };
    expect(thrown(() => aggregate(notAnObject as never, Q1, RULES)).en).toBe(
      "The dossier list cannot be read",
    );
  });

  it("reads an array through its own iterator when it has one, and holes as undefined", () => {
    const own = [bad, bad];
    Object.defineProperty(own, Symbol.iterator, { value: () => [ok, ok, ok][Symbol.iterator]() });
    expect(totalCounts(aggregate(own as never, Q1, RULES)).received).toBe(3);
    class Twice<T> extends Array<T> {
      override *[Symbol.iterator](): ArrayIterator<T> {
        for (let i = 0; i < this.length; i++) {
          yield this[i] as T;
          yield this[i] as T;
        }
      }
    }
    const twice = Twice.from([ok, ok]);
    expect(totalCounts(aggregate(twice as never, Q1, RULES)).received).toBe(4);
    const holey = [ok, , ok]; // eslint-disable-line no-sparse-arrays -- a hole on purpose
    expect(thrown(() => aggregate(holey as never, Q1, RULES)).path).toEqual(["dossiers", 1]);
  });
});
