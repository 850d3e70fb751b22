/**
 * The clock cites the mechanism's source in force at the dossier's receipt: Nghị định 61/2018/NĐ-CP
 * (verified) for a dossier received before 1/7/2025, and Nghị định 118/2025/NĐ-CP, which replaced
 * it from 1/7/2025 and whose text was not read, marked unverified for one received from that day.
 */
import { describe, expect, it } from "vitest";
import { computeClock, SLA_RULE_SOURCES, slaRuleSourcesOn } from "@motcua/sla";
import { RULES } from "./support/rules";
import { calendar } from "./support/calendar";
import { ev, procedure } from "./support/events";

const refsOf = (receivedAt: string, readyAt: string) => {
  const c = computeClock(
    [ev.received(receivedAt), ev.resultReady(readyAt)],
    procedure(3),
    calendar,
    RULES,
    readyAt,
  );
  const start = c.explain.find((x) => x.kind === "event" && x.effect === "start");
  const complete = c.explain.find((x) => x.kind === "event" && x.effect === "complete");
  const due = c.explain.find((x) => x.kind === "due" && x.which === "original");
  return { start: start?.legalRef, complete: complete?.legalRef, due: due?.legalRef };
};

describe("the clock's citations follow the law in force at receipt", () => {
  it("a dossier received on 30/6/2025 cites Nghị định 61/2018, verified", () => {
    const r = refsOf("2025-06-30T09:00:00+07:00", "2025-07-02T09:00:00+07:00");
    expect(r.start).toMatchObject({ document: "Nghị định 61/2018/NĐ-CP", article: "17", verified: true });
    expect(r.due).toMatchObject({ document: "Nghị định 61/2018/NĐ-CP", article: "17", verified: true });
    // Completed after 1/7/2025, still judged under the law of its receipt.
    expect(r.complete).toMatchObject({ document: "Nghị định 61/2018/NĐ-CP", article: "20", verified: true });
  });

  it("a dossier received on 1/7/2025 cites Nghị định 118/2025, unverified, naming what it carries over", () => {
    const r = refsOf("2025-07-01T09:00:00+07:00", "2025-07-03T09:00:00+07:00");
    for (const ref of [r.start, r.due, r.complete]) {
      expect(ref).toMatchObject({
        document: "Nghị định 118/2025/NĐ-CP",
        issued: "2025-06-09",
        verified: false,
      });
      expect(ref?.note).toMatch(/61\/2018/);
    }
  });

  it("slaRuleSourcesOn picks the set by date; SLA_RULE_SOURCES is the set before 1/7/2025", () => {
    expect(slaRuleSourcesOn("2025-06-30")).toBe(SLA_RULE_SOURCES);
    expect(slaRuleSourcesOn("2025-07-01").receipt.document).toBe("Nghị định 118/2025/NĐ-CP");
    expect(slaRuleSourcesOn("2026-02-12").calendarDays).toBe(SLA_RULE_SOURCES.calendarDays);
    for (const ref of Object.values(SLA_RULE_SOURCES)) expect(ref.note ?? "").not.toMatch(/118\/2025/);
  });
});
