// Type-level tests (issue 17): aggregate and toDossierColumns take typed dossier summaries, so a
// misspelt level or channel is a compile error (the file is typechecked by `tsc -p tsconfig.json`).
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  aggregate,
  toDossierColumns,
  type DossierColumns,
  type DossierSummaryInput,
  type ReportRules,
} from "@motcua/reports";

const period = { from: "2022-01-01", to: "2022-04-01" };
const base = {
  officeId: "HCC",
  domain: "Tài chính",
  receivedAt: "2022-03-01T09:00:00+07:00",
  dueAt: "2022-03-08T17:00:00+07:00",
} as const;

describe("reports: typed parameters", () => {
  it("aggregate and toDossierColumns take dossier summaries", () => {
    expectTypeOf(aggregate).parameter(0).toEqualTypeOf<Iterable<DossierSummaryInput> | DossierColumns>();
    expectTypeOf(toDossierColumns)
      .parameter(0)
      .toEqualTypeOf<Iterable<DossierSummaryInput> | DossierColumns>();
    const typos = (rules: ReportRules) => {
      // @ts-expect-error "huyen" is not a level
      aggregate([{ ...base, level: "huyen", channel: "postal" }], period, rules);
      // @ts-expect-error "post" is not a channel (it is "postal")
      aggregate([{ ...base, level: "district", channel: "post" }], period, rules);
      // @ts-expect-error "commune" is a level, not a channel
      toDossierColumns([{ ...base, level: "district", channel: "commune" }]);
      aggregate([{ ...base, level: "district", channel: "postal" }], period, rules);
    };
    expect(typeof typos).toBe("function");
  });
});
