/** The demo (packages/reports/demo.ts) prints a Biểu 06 whose lines add up. */
import { describe, expect, it } from "vitest";
import { aggregate, totalCounts } from "@motcua/reports";
import { DEMO_PERIOD, demoDossiers, renderText } from "../demo";
import { RULES } from "./support/rules";

describe("demo province", () => {
  const report = aggregate(demoDossiers(), DEMO_PERIOD, RULES);
  const text = renderText(report);

  it("prints every level, office and domain line and the total", () => {
    expect(text).toContain("Biểu số 06/VPCP/KSTT — tỉnh Demo, kỳ 2025-04-01 → 2025-07-01");
    for (const label of [
      "CẤP TỈNH",
      "CẤP HUYỆN",
      "CẤP XÃ",
      "Bộ phận Một cửa huyện Đồi Hoa",
      "Chứng thực",
      "TỔNG CỘNG",
    ]) {
      expect(text).toContain(label);
    }
    const total = totalCounts(report);
    expect(
      text
        .split("\n")
        .find((l) => l.startsWith("TỔNG CỘNG"))
        ?.split(/\s+/)
        .slice(2)
        .map(Number),
    ).toEqual([
      total.received,
      total.online,
      total.counter + total.postal,
      total.carriedOver,
      total.resolved,
      total.early,
      total.onTime,
      total.late,
      total.pending,
      total.withinDeadline,
      total.overdue,
    ]);
  });

  it("sorts domains in Vietnamese order (Đ after D, before H)", () => {
    const domains = report.rows.filter((r) => r.officeId === "DEMO-H1").map((r) => r.domain);
    expect(domains).toEqual(["Đất đai", "Hộ tịch"]);
  });
});
