import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError, parseInstant } from "@motcua/core";
import {
  aggregate,
  DossierColumnsBuilder,
  REPORTS_ERRORS,
  toDossierColumns,
  totalCounts,
  type DossierSummaryInput,
  type ReportPeriod,
  type ReportRules,
} from "@motcua/reports";
import { dossierArb, OLD_NATIONAL_CLOSURES, periodArb, referenceTotals } from "./support/arbitraries";
import { RULES, withRule } from "./support/rules";

const Q1 = { from: "2026-01-01", to: "2026-04-01" } as const;
const t = (iso: string): number => parseInstant(iso);
const base = { officeId: "P-HCC", level: "province", domain: "Tư pháp", channel: "counter" } as const;

const only = (
  dossiers: ReadonlyArray<DossierSummaryInput>,
  period: ReportPeriod = Q1,
  rules: ReportRules = RULES,
) => totalCounts(aggregate(dossiers, period, rules));

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe("aggregate: who counts where (DOMAIN.md §10; outcome boundary TT 01/2018 Art. 13 via @motcua/sla)", () => {
  it("new dossiers count on their channel; postal stays apart from the counter", () => {
    const c = only([
      {
        ...base,
        channel: "online",
        receivedAt: "2026-01-05T09:00:00+07:00",
        dueAt: "2026-01-12T17:00:00+07:00",
      },
      {
        ...base,
        channel: "postal",
        receivedAt: "2026-01-05T09:00:00+07:00",
        dueAt: "2026-01-12T17:00:00+07:00",
      },
      {
        ...base,
        channel: "counter",
        receivedAt: "2026-01-05T09:00:00+07:00",
        dueAt: "2026-01-12T17:00:00+07:00",
      },
    ]);
    expect([c.online, c.postal, c.counter, c.carriedOver, c.received]).toEqual([1, 1, 1, 0, 3]);
  });

  it("period bounds are 00:00 Vietnamese time, whatever the host zone", () => {
    const last = { ...base, receivedAt: "2026-03-31T23:59:59.999+07:00", dueAt: "2026-04-10T17:00:00+07:00" };
    const next = { ...base, receivedAt: "2026-03-31T17:00:00Z", dueAt: "2026-04-10T17:00:00+07:00" }; // = 1/4 00:00 +07
    const first = { ...base, receivedAt: "2025-12-31T17:00:00Z", dueAt: "2026-01-10T17:00:00+07:00" }; // = 1/1 00:00 +07
    expect(only([last]).newlyReceived).toBe(1);
    expect(only([next]).received).toBe(0);
    expect(only([first]).newlyReceived).toBe(1);
    expect(only([first]).carriedOver).toBe(0);
  });

  it("carried over = received before the period and still pending at its first instant", () => {
    const before = "2025-12-20T09:00:00+07:00";
    const pendingAtStart = { ...base, receivedAt: before, dueAt: "2026-01-10T17:00:00+07:00" };
    const closedAtStart = { ...pendingAtStart, completedAt: "2026-01-01T00:00:00+07:00" };
    const closedJustBefore = { ...pendingAtStart, completedAt: "2025-12-31T23:59:59.999+07:00" };
    expect(only([pendingAtStart])).toMatchObject({ carriedOver: 1, pending: 1, overdue: 1 }); // due 10/1, still open on 1/4
    expect(only([closedAtStart])).toMatchObject({ carriedOver: 1, resolved: 1, early: 1 });
    expect(only([closedJustBefore]).received).toBe(0);
  });

  it("resolved early / on time / late against the original due instant", () => {
    const due = "2026-02-24T09:00:00+07:00";
    const at = (completedAt: string) => ({
      ...base,
      receivedAt: "2026-02-10T09:00:00+07:00",
      dueAt: due,
      completedAt,
    });
    const c = only([
      at("2026-02-23T23:59:59+07:00"), // early: an earlier Vietnamese day
      at("2026-02-24T00:00:00+07:00"), // on time: the due day
      at("2026-02-24T09:00:00+07:00"), // on time: exactly the due instant
      at("2026-02-24T09:00:00.001+07:00"), // late
    ]);
    expect([c.early, c.onTime, c.late, c.resolved]).toEqual([1, 2, 1, 4]);
  });

  it("pending at the end is judged at 00:00 of `to`: due exactly then is within, a millisecond earlier overdue", () => {
    const d = (dueAt: string) => ({ ...base, receivedAt: "2026-03-02T09:00:00+07:00", dueAt });
    const c = only([
      d("2026-04-01T00:00:00+07:00"),
      d("2026-03-31T23:59:59.999+07:00"),
      d("2026-04-03T17:00:00+07:00"),
    ]);
    expect([c.withinDeadline, c.overdue, c.pending]).toEqual([2, 1, 3]);
    // Completed at the very end instant: pending in Q1, resolved in Q2.
    const done = { ...d("2026-04-03T17:00:00+07:00"), completedAt: "2026-04-01T00:00:00+07:00" };
    expect(only([done])).toMatchObject({ pending: 1, resolved: 0 });
    expect(only([done], { from: "2026-04-01", to: "2026-07-01" })).toMatchObject({
      carriedOver: 1,
      early: 1,
    });
  });

  it("closures follow the rulebook: refused resolved (judged), withdrawn and stopped excluded", () => {
    const d = { ...base, receivedAt: "2026-01-05T09:00:00+07:00", dueAt: "2026-01-12T17:00:00+07:00" };
    const refusedLate = { ...d, closure: "refused", completedAt: "2026-01-13T08:00:00+07:00" } as const;
    const withdrawn = { ...d, closure: "withdrawn", completedAt: "2026-01-06T08:00:00+07:00" } as const;
    const stopped = { ...d, closure: "stopped", completedAt: "2026-01-06T08:00:00+07:00" } as const;
    expect(only([refusedLate, withdrawn, stopped])).toMatchObject({ received: 1, resolved: 1, late: 1 });
    // A withdrawn dossier is excluded from every period, even before its withdrawal (identities stay exact).
    expect(only([withdrawn], { from: "2026-01-05", to: "2026-01-06" }).received).toBe(0);
    const lenient = withRule("withdrawnCount", "resolved");
    expect(only([refusedLate, withdrawn, stopped], Q1, lenient)).toMatchObject({
      received: 2,
      early: 1,
      late: 1,
    });
  });

  it("groups rows by level, office, domain, in form order, leaving out empty rows", () => {
    const d = (officeId: string, level: "province" | "district" | "commune", domain: string) => ({
      officeId,
      level,
      domain,
      channel: "online" as const,
      receivedAt: "2026-01-05T09:00:00+07:00",
      dueAt: "2026-01-12T17:00:00+07:00",
    });
    const outside = {
      ...d("X-Z", "commune", "Z"),
      receivedAt: "2027-01-05T09:00:00+07:00",
      dueAt: "2027-01-12T17:00:00+07:00",
    };
    const a = aggregate(
      [
        d("X-1", "commune", "B"),
        d("H-2", "district", "B"),
        d("H-1", "district", "C"),
        d("H-1", "district", "A"),
        d("P", "province", "A"),
        outside,
      ],
      Q1,
      RULES,
    );
    expect(a.rows.map((r) => `${r.level}/${r.officeId}/${r.domain}`)).toEqual([
      "province/P/A",
      "district/H-1/A",
      "district/H-1/C",
      "district/H-2/B",
      "commune/X-1/B",
    ]);
    expect(a.period).toEqual(Q1);
  });

  it("matches a naive per-dossier reference on random logs (property)", () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 60 }), periodArb, (dossiers, period) => {
        expect(totalCounts(aggregate(dossiers, period, RULES))).toEqual(
          referenceTotals(dossiers, period, OLD_NATIONAL_CLOSURES),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("counts a stream of objects in one pass exactly as it counts their prepared columns (property)", () => {
    // A few dossiers as class instances: the one-pass path hands them to the schema instead.
    class Summary {
      constructor(d: object) {
        Object.assign(this, d);
      }
    }
    const mixed = fc.array(
      fc.tuple(dossierArb, fc.boolean()).map(([d, asClass]) => (asClass ? new Summary(d) : d)),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(mixed, periodArb, (dossiers, period) => {
        function* stream() {
          yield* dossiers;
        }
        // Class instances among the plain objects: read as plain objects, whatever their type says.
        expect(aggregate(stream() as never, period, RULES)).toEqual(
          aggregate(toDossierColumns(dossiers as never), period, RULES),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same answer from arrays, iterables, builders and prepared columns; never mutates input", () => {
    const dossiers = fc.sample(dossierArb, { numRuns: 200, seed: 7 }).map((d) => Object.freeze(d));
    const frozen = Object.freeze(dossiers.slice());
    const snapshot = structuredClone(dossiers);
    const fromArray = aggregate(frozen, Q1, RULES);
    const builder = new DossierColumnsBuilder(4);
    for (const d of frozen) builder.add(d);
    expect(aggregate(frozen.values(), Q1, RULES)).toEqual(fromArray);
    expect(aggregate(builder.build(), Q1, RULES)).toEqual(fromArray);
    expect(aggregate(toDossierColumns(frozen), Q1, RULES)).toEqual(fromArray);
    expect(dossiers).toEqual(snapshot);
  });
});

describe("aggregate: bad input is a coded bilingual error naming the field", () => {
  const ok = { ...base, receivedAt: "2026-01-05T09:00:00+07:00", dueAt: "2026-01-12T17:00:00+07:00" };

  it.each([
    [{ ...ok, channel: "fax" }, ["dossiers", 1, "channel"]],
    [{ ...ok, receivedAt: "2026-01-05T09:00:00" }, ["dossiers", 1, "receivedAt"]], // no offset
    [{ ...ok, dueAt: "2026-01-04T09:00:00+07:00" }, ["dossiers", 1, "dueAt"]],
    [{ ...ok, completedAt: "2026-01-04T09:00:00+07:00" }, ["dossiers", 1, "completedAt"]],
    [{ ...ok, closure: "withdrawn" }, ["dossiers", 1, "completedAt"]],
    [{ ...ok, level: "hamlet" }, ["dossiers", 1, "level"]],
    [{ ...ok, officeId: "" }, ["dossiers", 1, "officeId"]],
    [{ ...ok, extra: 1 }, ["dossiers", 1]],
  ])("%o → path %o", (bad, path) => {
    const e = thrown(() => aggregate([ok, bad] as never, Q1, RULES));
    expect(isMotcuaError(e, REPORTS_ERRORS.invalidDossier)).toBe(true);
    if (!isMotcuaError(e)) return;
    expect(e.path).toEqual(path);
    expect(e.vi).toMatch(/^Hồ sơ không hợp lệ/);
    expect(e.en).toMatch(/^Invalid dossier summary/);
  });

  it("rejects a reversed, empty or impossible period", () => {
    for (const [period, path] of [
      [{ from: "2026-04-01", to: "2026-01-01" }, ["period", "to"]],
      [{ from: "2026-04-01", to: "2026-04-01" }, ["period", "to"]],
      [{ from: "2026-02-30", to: "2026-04-01" }, ["period", "from"]],
      [null, ["period"]],
    ] as const) {
      const e = thrown(() => aggregate([ok], period as never, RULES));
      expect(isMotcuaError(e, REPORTS_ERRORS.invalidPeriod)).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(path);
    }
  });

  it("rejects malformed rules and non-iterable dossiers", () => {
    const e = thrown(() => aggregate([ok], Q1, { closures: { refused: { count: "maybe" } } } as never));
    expect(isMotcuaError(e, REPORTS_ERRORS.invalidRulebook)).toBe(true);
    if (isMotcuaError(e)) expect(e.path).toEqual(["rules", "closures"]);
    expect(
      isMotcuaError(
        thrown(() => aggregate(42 as never, Q1, RULES)),
        REPORTS_ERRORS.invalidDossier,
      ),
    ).toBe(true);
    expect(
      isMotcuaError(
        thrown(() => aggregate("abc" as never, Q1, RULES)),
        REPORTS_ERRORS.invalidDossier,
      ),
    ).toBe(true);
  });

  it("a rejected add leaves a builder unchanged", () => {
    const b = new DossierColumnsBuilder();
    b.add(ok);
    expect(isMotcuaError(thrown(() => b.add({ ...ok, channel: "fax" })))).toBe(true);
    expect(b.length).toBe(1);
    expect(t("2026-01-05T09:00:00+07:00")).toBe(Date.UTC(2026, 0, 5, 2));
  });
});
