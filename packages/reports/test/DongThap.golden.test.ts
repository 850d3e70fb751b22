/**
 * Golden test: the Đồng Tháp review (seed `003_954eb8228a922e85.txt`, 2018–2022), reproduced from
 * a synthetic dossier log whose counts match its table. Seed lines: 63 (total), 65 (province
 * centre), 67 (district one-stops); DOMAIN.md §10.
 */
import { describe, expect, it } from "vitest";
import { aggregate, computeShares, toDossierColumns, totalCounts } from "@motcua/reports";
import { CENTRE_SCOPE, DISTRICT_SCOPE, DONG_THAP_PERIOD, DT_CENTRE } from "./support/dongThap";
import { synthesize } from "./support/synthesize";
import { RULES } from "./support/rules";

const log = synthesize([CENTRE_SCOPE, DISTRICT_SCOPE], DONG_THAP_PERIOD, { noise: true });
const report = aggregate(toDossierColumns(log), DONG_THAP_PERIOD, RULES);

describe("Đồng Tháp review, seed 003_954eb8228a922e85.txt", () => {
  it("province centre (line 65): every figure and percentage", () => {
    const c = totalCounts(report, { officeId: DT_CENTRE });
    expect(c.received).toBe(55_147);
    expect(c.carriedOver).toBe(314);
    expect(c.newlyReceived).toBe(54_833);
    expect(c.online).toBe(29_068);
    expect(c.postal).toBe(15_249);
    expect(c.resolved).toBe(55_082);
    expect(c.early + c.onTime).toBe(55_081);
    expect(c.late).toBe(1);
    expect(c.pending).toBe(65);
    expect(c.withinDeadline).toBe(65);
    expect(c.overdue).toBe(0);
    const s = computeShares(c, RULES);
    expect(s.online.text).toBe("53,01%");
    expect(s.postal.text).toBe("27,81%");
    expect(s.earlyOrOnTime.text).toBe("99,998%"); // not "100%": 55.081 of 55.082
    expect(s.late.text).toBe("0,002%"); // not "0%": 1 of 55.082
  });

  it("district one-stops (line 67): every figure and percentage", () => {
    const c = totalCounts(report, { level: "district" });
    expect(c.received).toBe(296_488);
    expect(c.carriedOver).toBe(0);
    expect(c.newlyReceived).toBe(296_488);
    expect(c.online).toBe(14_713);
    expect(c.postal).toBe(35_829);
    expect(c.resolved).toBe(293_969);
    expect(c.early + c.onTime).toBe(293_149);
    expect(c.late).toBe(820);
    expect(c.pending).toBe(2_519);
    expect(c.withinDeadline).toBe(2_503);
    expect(c.overdue).toBe(16);
    const s = computeShares(c, RULES);
    expect(s.online.text).toBe("4,96%");
    expect(s.postal.text).toBe("12,08%");
    expect(s.earlyOrOnTime.text).toBe("99,72%");
    expect(s.late.text).toBe("0,28%");
  });

  it("total of both levels (line 63): every figure and percentage", () => {
    const c = totalCounts(report);
    expect(c.received).toBe(351_635);
    expect(c.newlyReceived).toBe(351_321);
    expect(c.carriedOver).toBe(314);
    expect(c.online).toBe(43_781);
    expect(c.postal).toBe(51_078);
    expect(c.resolved).toBe(349_051);
    expect(c.early + c.onTime).toBe(348_230);
    expect(c.late).toBe(821);
    expect(c.pending).toBe(2_584);
    expect(c.withinDeadline).toBe(2_568);
    expect(c.overdue).toBe(16);
    const s = computeShares(c, RULES);
    expect(s.online.text).toBe("12,46%");
    expect(s.postal.text).toBe("14,54%");
    expect(s.earlyOrOnTime.text).toBe("99,76%");
    expect(s.late.text).toBe("0,24%");
  });

  it("groups rows by level, office and domain: 11 centre domains, 12 districts", () => {
    expect(new Set(report.rows.filter((r) => r.level === "province").map((r) => r.domain)).size).toBe(11);
    expect(new Set(report.rows.filter((r) => r.level === "district").map((r) => r.officeId)).size).toBe(12);
    expect(report.rows[0]?.level).toBe("province");
    expect(report.rows.at(-1)?.level).toBe("district");
  });

  it("ignores the noise: resolved before the period, received at its end, withdrawn", () => {
    const clean = synthesize([CENTRE_SCOPE, DISTRICT_SCOPE], DONG_THAP_PERIOD, { noise: false });
    expect(log.length - clean.length).toBe(3 * (Math.ceil(55_147 / 50) + Math.ceil(296_488 / 50)));
    expect(aggregate(clean, DONG_THAP_PERIOD, RULES)).toEqual(report);
  }, 60_000);
});
