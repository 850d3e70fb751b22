import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import {
  aggregate,
  mergeAggregates,
  parseAggregate,
  toDossierColumns,
  type DossierSummaryInput,
} from "@motcua/reports";
import { RULES } from "./support/rules";

const throwingProxy = (): never =>
  new Proxy([], {
    get() {
      throw new Error("proxy");
    },
    ownKeys() {
      throw new Error("proxy");
    },
  }) as never;

/** The coded error's code and path, or what was thrown instead. */
const refusal = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return isMotcuaError(e) ? [e.code, e.path] : `uncoded ${String(e)}`;
  }
  return "no throw";
};

const period = { from: "2026-01-01", to: "2026-04-01" };
const dossier = {
  officeId: "H-TB",
  level: "district",
  domain: "Tư pháp",
  channel: "counter",
  receivedAt: "2022-03-01T09:00:00+07:00",
  dueAt: "2022-03-01T17:00:00+07:00",
  completedAt: "2022-03-01T15:00:00+07:00",
} satisfies DossierSummaryInput;

// Issue 19, fuzz findings in @motcua/reports: a proxy whose reads throw as the dossier list or the
// parts, or a path that is not a list, threw the raw error.
describe("reports functions refuse unreadable arguments with a coded error naming them", () => {
  it.each([
    [
      "toDossierColumns(a proxy)",
      () => toDossierColumns(throwingProxy()),
      ["REPORTS_INVALID_DOSSIER", ["dossiers"]],
    ],
    [
      "aggregate(a proxy, …)",
      () => aggregate(throwingProxy(), period, RULES),
      ["REPORTS_INVALID_DOSSIER", ["dossiers"]],
    ],
    ["mergeAggregates(a proxy)", () => mergeAggregates(throwingProxy()), ["INVALID_ARGUMENT", ["parts"]]],
    [
      "parseAggregate(valid, path: 5)",
      () => parseAggregate(aggregate([dossier], { from: "2022-03-01", to: "2022-04-01" }, RULES), 5 as never),
      ["INVALID_ARGUMENT", ["path"]],
    ],
  ])("%s", (_, f, expected) => {
    expect(refusal(f)).toEqual(expected);
  });

  it("valid calls are unchanged", () => {
    const a = aggregate([], period, RULES);
    expect(mergeAggregates([a]).period).toEqual(period);
    expect(parseAggregate(a, ["x"]).period).toEqual(period);
  });
});
