import { describe, expect, it } from "vitest";
import { composeRulebook, explain, RuleTester, ruleValue } from "@motcua/plugin-sdk";
import { national, nationalCases } from "@motcua/national";
import { dongThap, dongThapCases } from "@motcua/province-dong-thap";

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ base: [national] });
tester.run("province-dong-thap", dongThap, dongThapCases);
tester.run("province-dong-thap × national cases", dongThap, nationalCases);

describe("Đồng Tháp (the 2022 review of Văn phòng UBND tỉnh, the 2021 directive of UBND tỉnh)", () => {
  const book = composeRulebook([national, dongThap], { asOf: "2022-06-30" });

  it("records the phases from 1/8/2018, 5/11/2018, 1/8/2019 and the expanded phase 3 (7/6/2022) (L47, L25)", () => {
    expect((ruleValue(book, "handover", "phases") ?? []).map((p) => [p.id, p.from])).toEqual([
      ["phase-1", "2018-08-01"],
      ["phase-2", "2018-11-05"],
      ["phase-3", "2019-08-01"],
      ["phase-3-expanded", "2022-06-07"],
    ]);
  });

  it("hands over 11 domains at the province centre, 12 district one-stops (6 with all domains), 41 communes in support (L49-L53)", () => {
    const scopes = ruleValue(book, "handover", "pilotScopes") ?? [];
    const centre = scopes.find((s) => s.level === "province")?.scope;
    expect(centre?.kind === "domains" ? centre.domains.length : 0).toBe(11);
    expect(scopes.filter((s) => s.level === "district" && s.scope.kind === "all").map((s) => s.id)).toEqual([
      "huyen-tan-hong",
      "huyen-tam-nong",
      "huyen-thanh-binh",
      "huyen-lap-vo",
      "huyen-lai-vung",
      "huyen-thanh-pho-sa-dec",
    ]);
    expect(scopes.filter((s) => s.level === "commune").map((s) => s.mode)).toEqual(["support"]);
  });

  it("explains the control-slip rule with the review's line", () => {
    expect(explain(book, "permissions.controlSlipSignature")).toContain(
      "Báo cáo sơ kết thỏa thuận hợp tác giữa UBND tỉnh Đồng Tháp và Bưu điện Việt Nam (Văn phòng UBND tỉnh Đồng Tháp, 2022), L59",
    );
  });
});
