// Type-level tests (issue 17): decide and replay take typed parameters, so a misspelt level, event
// type or scope kind is a compile error. The file is typechecked by `tsc -p tsconfig.json`: an
// `@ts-expect-error` that no longer finds an error fails the typecheck.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  decide,
  replay,
  type HandoverEventInput,
  type HandoverRequest,
  type HandoverRules,
} from "@motcua/handover";

describe("handover: typed parameters", () => {
  it("decide takes a HandoverRequest and the handover rules", () => {
    expectTypeOf(decide).parameter(0).toEqualTypeOf<HandoverRequest>();
    expectTypeOf(decide).parameter(1).toEqualTypeOf<HandoverRules>();
    const typos = (rules: HandoverRules) => {
      // @ts-expect-error "huyen" is not a level (district is "district")
      decide({ officeId: "H", level: "huyen", scope: { kind: "all" } }, rules, "2021-06-01");
      // @ts-expect-error "everything" is not a scope kind
      decide({ officeId: "H", level: "district", scope: { kind: "everything" } }, rules, "2021-06-01");
      // @ts-expect-error "swap" is not a mode
      decide({ officeId: "H", level: "district", scope: { kind: "all" }, mode: "swap" }, rules, "2021-06-01");
      decide({ officeId: "H", level: "district", scope: { kind: "all" } }, rules, "2021-06-01");
    };
    expect(typeof typos).toBe("function");
  });

  it("replay takes handover events", () => {
    expectTypeOf(replay).parameter(0).toEqualTypeOf<ReadonlyArray<HandoverEventInput>>();
    const typos = () => {
      // @ts-expect-error "propose" is not an event type (it is "proposed")
      replay([{ type: "propose", at: "2021-03-01T08:00:00+07:00" }]);
      replay([
        {
          type: "proposed",
          at: "2021-03-01T08:00:00+07:00",
          officeId: "H",
          // @ts-expect-error "huyen" is not a level
          level: "huyen",
          scope: { kind: "all" },
        },
      ]);
      replay([
        {
          type: "proposed",
          at: "2021-03-01T08:00:00+07:00",
          officeId: "H",
          level: "district",
          scope: { kind: "all" },
        },
      ]);
    };
    expect(typeof typos).toBe("function");
  });
});
