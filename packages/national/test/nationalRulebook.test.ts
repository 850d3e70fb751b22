/**
 * The national rules through the one door: the concept functions read `@motcua/national`'s values
 * and cite them, with nothing built in behind them.
 */
import { describe, expect, it } from "vitest";
import { parseDossierEvents, replay } from "@motcua/dossier";
import { getRule, sliceOf } from "@motcua/plugin-sdk";
import { computeClock } from "@motcua/sla";
import { nationalCalendar, nationalRulebook } from "@motcua/national";

const calendar = nationalCalendar();
const book = nationalRulebook("2024-06-03");
const rules = { sla: sliceOf(book, "sla"), permissions: sliceOf(book, "permissions") };
const procedure = { code: "1.001", processingTime: { amount: 10, unit: "workingDays" } } as const;
const officer = { role: "oneStopOfficer" } as const;
const leader = { role: "agencyLeader" } as const;
const events = parseDossierEvents([
  {
    id: "e0",
    type: "submitted",
    channel: "counter",
    at: "2024-06-03T08:50:00+07:00",
    actor: { role: "applicant" },
  },
  {
    id: "e1",
    type: "received",
    dossierCode: "X-240603-0001",
    at: "2024-06-03T09:00:00+07:00",
    actor: officer,
  },
  { id: "e2", type: "transferred", at: "2024-06-03T10:00:00+07:00", actor: officer },
  { id: "e3", type: "assigned", assignee: "cv-1", at: "2024-06-04T08:00:00+07:00", actor: leader },
  {
    id: "e4",
    type: "rescheduled",
    newDueAt: "2024-06-24T09:00:00+07:00",
    reason: "xác minh",
    at: "2024-06-10T09:00:00+07:00",
    actor: leader,
  },
  {
    id: "e5",
    type: "rescheduled",
    newDueAt: "2024-06-28T09:00:00+07:00",
    reason: "xác minh thêm",
    at: "2024-06-12T09:00:00+07:00",
    actor: leader,
  },
]);

describe("nationalRulebook", () => {
  it("is the national plugin composed alone", () => {
    expect(book.plugins.map((p) => p.id)).toEqual(["national"]);
    expect(book.asOf).toBe("2024-06-03");
  });

  it("the reschedule has one citation: the lifecycle's refusal and the clock cite the plugin's rule, which records no article", () => {
    const plugin = getRule(book, "sla", "reschedulesMax")?.provenance[0]?.legalRef;
    expect(plugin).toMatchObject({ document: "Nghị định 61/2018/NĐ-CP", verified: true });
    expect(plugin?.article).toBeUndefined();
    expect(plugin?.note).toMatch(/article is not recorded/);
    const due = computeClock(
      events.slice(0, 4),
      procedure,
      calendar,
      rules.sla,
      "2024-06-05T00:00:00+07:00",
    ).due;
    const refused = replay(events, rules, { calendar, dueAt: due.current, scope: false });
    expect(!refused.ok && refused.error.code).toBe("DOSSIER_RESCHEDULE_LIMIT");
    expect(!refused.ok && refused.error.data?.["rule"]).toEqual(plugin);
    const clock = computeClock(
      events.slice(0, 5),
      procedure,
      calendar,
      rules.sla,
      "2024-06-11T00:00:00+07:00",
    );
    const entry = clock.explain.find((x) => x.kind === "event" && x.eventType === "rescheduled");
    expect(entry?.legalRef).toEqual(plugin);
    expect(() => computeClock(events, procedure, calendar, rules.sla, "2024-06-13T00:00:00+07:00")).toThrow(
      expect.objectContaining({ code: "SLA_RESCHEDULE_LIMIT" }),
    );
  });

  it("the notice's day kind is chosen once, in the plugin: working days, unverified and cited", () => {
    const rule = getRule(book, "sla", "lateNoticeDayKind");
    expect(rule?.value).toBe("workingDays");
    expect(rule?.verified).toBe(false);
    expect(rule?.provenance[0]?.legalRef.note).toMatch(/working or calendar day/);
  });

  it("the dossier and the clock need every rule they read: the national plugin supplies them", () => {
    expect(replay(events.slice(0, 4), rules, { calendar, scope: {} }).ok).toBe(true);
    expect(
      computeClock(events.slice(0, 4), procedure, calendar, rules.sla, "2024-06-05T00:00:00+07:00").status,
    ).toBe("running");
  });
});
