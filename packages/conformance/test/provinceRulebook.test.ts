import { national } from "@motcua/national";
import { explain } from "@motcua/plugin-sdk";
import { dongThap } from "@motcua/province-dong-thap";
import { haTinh } from "@motcua/province-ha-tinh";
import { vinhPhuc } from "@motcua/province-vinh-phuc";
import { describe, expect, it } from "vitest";
import { pluginRulebookProvider, provinceRulebook } from "../src/index";

const plugins = [national, haTinh, vinhPhuc, dongThap];

describe("provinceRulebook", () => {
  it("composes an office of a merged province as its own plugin until 30/6/2025 and its successor after", () => {
    const rb = provinceRulebook("vinh-phuc", plugins);
    expect(rb.ids).toEqual(["national", "vinh-phuc"]);
    const before = rb.inputsAt("2025-06-30").rulebook;
    const after = rb.inputsAt("2025-07-01T08:00:00+07:00").rulebook;
    expect(before.plugins.map((p) => p.id)).toEqual(["national", "province-vinh-phuc"]);
    expect(after.jurisdiction).toEqual({ level: "province", province: "phu-tho" });
    // Never Vĩnh Phúc's rules after the merger.
    for (const rule of after.rules.values())
      expect(rule.provenance.map((s) => s.plugin)).not.toContain("province-vinh-phuc");
    expect(explain(after, "sla.paperTransferCutoff")).toMatch(/no province rules of Phú Thọ/);
  });

  it("gives a province with a plugin the same rules as composing the plugin ids", () => {
    const byProvince = provinceRulebook("province-ha-tinh", plugins).inputsAt("2026-03-02");
    const byIds = pluginRulebookProvider(plugins).resolve(["national", "ha-tinh"]).inputsAt("2026-03-02");
    expect([...byProvince.rulebook.rules.entries()]).toEqual([...byIds.rulebook.rules.entries()]);
    expect(byProvince.calendar.dayInfo("2026-02-17")).toEqual(byIds.calendar.dayInfo("2026-02-17"));
  });

  it("refuses a slug no province of either era has, with the closest one", () => {
    expect(() => provinceRulebook("ha-nol", plugins)).toThrow(
      expect.objectContaining({
        code: "NATIONAL_UNKNOWN_PROVINCE",
        data: expect.objectContaining({ suggestion: "ha-noi" }),
      }),
    );
  });
});
