/**
 * The clock from events, on the 2026 calendar (DOMAIN.md §5–§7). Every rule is tested on both
 * sides of its boundary; golden values are computed by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { formatInstant, parseInstant } from "@motcua/core";
import {
  computeClock,
  safeComputeClock,
  SLA_RULE_SOURCES,
  slaRuleSourcesOn,
  type SlaRules,
} from "@motcua/sla";
import { RULES, slaRules } from "./support/rules";
import { calendar } from "./support/calendar";
import { ev, procedure } from "./support/events";

const f = formatInstant;
const clock = (
  events: Parameters<typeof computeClock>[0],
  p = procedure(3),
  asOf: string,
  rules: SlaRules = RULES,
) => computeClock(events, p, calendar, rules, asOf);
const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    const m = e as { code?: string; path?: ReadonlyArray<string | number> };
    return `${m.code}@${(m.path ?? []).join(".")}`;
  }
  return "no error";
};

describe("a counter dossier across Tết 2026 (3 working days)", () => {
  const events = [ev.received("2026-02-12T09:00:00+07:00")];

  it("runs, with the appointment of the worked example", () => {
    const c = clock(events, procedure(3), "2026-02-23T09:00:00+07:00");
    expect(c.status).toBe("running");
    expect(f(c.startedAt)).toBe("2026-02-12T09:00:00+07:00");
    expect(f(c.due.current)).toBe("2026-02-24T09:00:00+07:00");
    expect(c.due.judged).toBe(c.due.original);
    expect(c.pending).toBe("withinDeadline");
    expect(c.outcome).toBeNull();
    // Thu 12/2 09–17 = 420, Fri 13/2 = 480, Mon 23/2 08–09 = 60.
    expect(c.elapsedMinutes).toBe(960);
    expect(c.remainingMinutes).toBe(480);
    expect(c.periodMinutes).toBe(1440);
    expect(c.warning.ratio).toBeCloseTo(2 / 3, 10);
    expect(c.warning).toMatchObject({ level: 1, threshold: 0.5 });
  });

  it("explains every skipped day: two weekends and Tết 16–20/2", () => {
    const c = clock(events, procedure(3), "2026-02-23T09:00:00+07:00");
    const days = c.explain.filter((x) => x.kind === "nonWorkingDay");
    expect(days.map((d) => d.kind === "nonWorkingDay" && d.date)).toEqual([
      "2026-02-14",
      "2026-02-15",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-02-21",
      "2026-02-22",
    ]);
    const tet = days.filter((d) => d.kind === "nonWorkingDay" && d.dayKind === "holiday");
    expect(tet.length).toBeGreaterThanOrEqual(4);
    for (const d of tet) {
      if (d.kind !== "nonWorkingDay") continue;
      expect(d.name).toBeDefined();
      expect(d.legalRef).toBeDefined();
    }
    expect(c.explain[0]).toMatchObject({
      kind: "event",
      effect: "start",
      legalRef: slaRuleSourcesOn("2026-02-12").receipt,
    });
    expect(c.explain.at(-1)).toMatchObject({ kind: "due", which: "original" });
    const ats = c.explain.map((x) => x.at);
    expect([...ats].sort((a, b) => a - b)).toEqual(ats);
  });

  it.each([
    ["2026-02-23T16:59:00+07:00", "early"],
    ["2026-02-24T08:00:00+07:00", "onTime"],
    ["2026-02-24T09:00:00+07:00", "onTime"],
    ["2026-02-24T09:00:01+07:00", "late"],
  ] as const)("result ready at %s → %s", (ready, outcome) => {
    const c = clock([...events, ev.resultReady(ready)], procedure(3), "2026-03-31T00:00:00+07:00");
    expect(c.status).toBe("completed");
    expect(c.endedAt).toBe(parseInstant(ready));
    expect(c.outcome).toBe(outcome);
    expect(c.pending).toBeNull();
  });

  it("pending: within deadline at the due instant, overdue one millisecond later", () => {
    expect(clock(events, procedure(3), "2026-02-24T09:00:00+07:00").pending).toBe("withinDeadline");
    const late = clock(events, procedure(3), "2026-02-24T09:00:00.001+07:00");
    expect(late.pending).toBe("overdue");
    expect(late.warning).toMatchObject({ level: 3, threshold: 1 });
  });

  it("ignores events after asOf, so any past cut-off can be asked", () => {
    const c = clock(
      [...events, ev.resultReady("2026-02-24T10:00:00+07:00")],
      procedure(3),
      "2026-02-24T09:30:00+07:00",
    );
    expect(c.status).toBe("running");
    expect(c.pending).toBe("overdue");
  });

  it("the agency's time ends when the result is ready; the return by post afterwards is not counted", () => {
    const c = clock(
      [
        ...events,
        ev.resultReady("2026-02-24T08:30:00+07:00"),
        ev.resultReturned("2026-02-27T10:00:00+07:00", "postal"),
      ],
      procedure(3),
      "2026-03-02T00:00:00+07:00",
    );
    expect(c.outcome).toBe("onTime");
    expect(f(c.endedAt as number)).toBe("2026-02-24T08:30:00+07:00");
    expect(
      c.explain.some((x) => x.kind === "event" && x.eventType === "resultReturned" && x.effect === "none"),
    ).toBe(true);
  });

  it("without a resultReady, the return itself completes the agency's time", () => {
    const c = clock(
      [...events, ev.resultReturned("2026-02-24T10:00:00+07:00")],
      procedure(3),
      "2026-03-02T00:00:00+07:00",
    );
    expect(c.outcome).toBe("late");
  });
});

describe("a postal dossier: the clock starts at the handover record at the agency (QĐ 45/2016)", () => {
  // Submitted at the post office Mon 9/11; handed over and received Wed 11/11 14:00; 5 working days
  // → Thu 12, Fri 13, Mon 16, Tue 17, Wed 18/11 14:00. Inbound transit (9–11/11) does not count.
  const events = [
    ev.submitted("2026-11-09T10:00:00+07:00", "postal"),
    // Same instant, listed receipt first: the declared precedence applies the handover first.
    ev.received("2026-11-11T14:00:00+07:00"),
    ev.postalHandedOver("2026-11-11T14:00:00+07:00"),
  ];
  it("due 18/11 14:00; transit explained as excluded", () => {
    const c = clock(events, procedure(5), "2026-11-12T08:00:00+07:00");
    expect(f(c.startedAt)).toBe("2026-11-11T14:00:00+07:00");
    expect(f(c.due.current)).toBe("2026-11-18T14:00:00+07:00");
    const transit = c.explain.find((x) => x.kind === "event" && x.effect === "excludedTransit");
    expect(transit).toMatchObject({ legalRef: SLA_RULE_SOURCES.postalHandover });
    expect(transit?.en).toContain("2026-11-09T10:00:00+07:00");
    // The handover precedes the receipt in the explanation.
    const kinds = c.explain.filter((x) => x.kind === "event").map((x) => x.kind === "event" && x.eventType);
    expect(kinds).toEqual(["submitted", "postalHandedOver", "received"]);
    expect(c.elapsedMinutes).toBe(180); // Wed 14–17
  });
  it("a handover recorded after the receipt is out of order", () => {
    const bad = [
      events[0],
      ev.received("2026-11-11T14:00:00+07:00"),
      ev.postalHandedOver("2026-11-11T14:05:00+07:00"),
    ];
    expect(errorOf(() => clock(bad as never, procedure(5), "2026-11-12T08:00:00+07:00"))).toBe(
      "SLA_EVENTS_OUT_OF_ORDER@events.2",
    );
  });
});

describe("an evening online submission (received 20:00, counted from 08:00 the next morning)", () => {
  const events = [
    ev.submitted("2026-11-17T20:00:00+07:00", "online"),
    ev.received("2026-11-17T20:00:00+07:00"),
  ];
  it("5 working days skip the weekend and Culture Day 24/11", () => {
    const c = clock(events, procedure(5), "2026-11-18T07:00:00+07:00");
    expect(f(c.receivedAt)).toBe("2026-11-17T20:00:00+07:00");
    expect(f(c.startedAt)).toBe("2026-11-18T08:00:00+07:00");
    expect(f(c.due.current)).toBe("2026-11-26T08:00:00+07:00");
    expect(c.elapsedMinutes).toBe(0);
    expect(c.warning.ratio).toBe(0);
    expect(c.explain.find((x) => x.kind === "start")).toMatchObject({
      from: c.receivedAt,
      legalRef: slaRuleSourcesOn("2026-11-17").outsideWorkingTime,
    });
    const culture = c.explain.find((x) => x.kind === "nonWorkingDay" && x.date === "2026-11-24");
    expect(culture).toMatchObject({ kind: "nonWorkingDay", dayKind: "holiday" });
    expect(culture?.kind === "nonWorkingDay" && culture.name).toBeTruthy();
  });
});

describe("supplement during appraisal (NĐ 61/2018 Art. 19)", () => {
  // Received Mon 16/11 09:00, 5 working days → Mon 23/11 09:00. Supplement requested Wed 18/11 10:00,
  // complete supplement Fri 20/11 15:00.
  const base = [
    ev.received("2026-11-16T09:00:00+07:00"),
    ev.supplementRequested("2026-11-18T10:00:00+07:00"),
  ];
  const full = [...base, ev.supplementReceived("2026-11-20T15:00:00+07:00")];

  it("restart (law): the full period counts again from the complete supplement", () => {
    // From Fri 20/11 15:00: Mon 23, (Tue 24 off), Wed 25, Thu 26, Fri 27, Mon 30/11 15:00.
    const c = clock(full, procedure(5, "workingDays", "restart"), "2026-11-23T09:00:00+07:00");
    expect(c.status).toBe("running");
    expect(c.restarts).toBe(1);
    expect(f(c.periodStartedAt)).toBe("2026-11-20T15:00:00+07:00");
    expect(f(c.due.original)).toBe("2026-11-30T15:00:00+07:00");
    expect(c.elapsedMinutes).toBe(180); // Fri 15–17 + Mon 08–09
    expect(c.pauses).toHaveLength(1);
    expect(c.pauses[0]).toMatchObject({ restart: true, reasons: ["supplement"] });
    expect(c.explain.some((x) => x.kind === "event" && x.effect === "restart")).toBe(true);
  });

  it("restart: while the supplement is awaited the clock is paused and nothing of the new period has run", () => {
    const c = clock(base, procedure(5, "workingDays", "restart"), "2026-11-19T10:00:00+07:00");
    expect(c.status).toBe("paused");
    expect(c.due.provisional).toBe(true);
    expect(c.pending).toBe("withinDeadline");
    expect(c.elapsedMinutes).toBe(0);
    // As if the supplement came now: Thu 19/11 10:00 → Fri 20, Mon 23, (Tue 24 off), Wed 25, Thu 26, Fri 27/11 10:00.
    expect(f(c.due.original)).toBe("2026-11-27T10:00:00+07:00");
    expect(c.pauses[0]?.to).toBeNull();
  });

  it("pause (practice): the clock stops from request to supplement and keeps its remaining time", () => {
    // Remaining at the pause: Wed 10–17 (360) + Thu (480) + Fri (480) + Mon 08–09 (60) = 1380 min.
    // From Fri 20/11 15:00: Fri 120, Mon 480, (Tue off), Wed 480, Thu 08–12 240 + 60 → Thu 26/11 14:00.
    const c = clock(full, procedure(5, "workingDays", "pause"), "2026-11-23T09:00:00+07:00");
    expect(c.restarts).toBe(0);
    expect(f(c.due.original)).toBe("2026-11-26T14:00:00+07:00");
    expect(c.pauses[0]).toMatchObject({ restart: false, reasons: ["supplement"], workingMinutes: 1200 });
    // Mon 16 09–17 (420) + Tue (480) + Wed 08–10 (120) + Fri 15–17 (120) + Mon 08–09 (60).
    expect(c.elapsedMinutes).toBe(1200);
    expect(c.elapsedMinutes + c.remainingMinutes).toBe(2400);
    for (const [ready, outcome] of [
      ["2026-11-25T16:00:00+07:00", "early"],
      ["2026-11-26T14:00:00+07:00", "onTime"],
      ["2026-11-26T14:01:00+07:00", "late"],
    ] as const) {
      expect(
        clock(
          [...full, ev.resultReady(ready)],
          procedure(5, "workingDays", "pause"),
          "2026-12-31T00:00:00+07:00",
        ).outcome,
      ).toBe(outcome);
    }
  });

  it("the policy overrides the procedure's supplement rule", () => {
    const c = clock(
      full,
      procedure(5, "workingDays", "restart"),
      "2026-11-23T09:00:00+07:00",
      slaRules({
        supplementPolicy: "pause",
      }),
    );
    expect(f(c.due.original)).toBe("2026-11-26T14:00:00+07:00");
  });

  it("a supplement received before it was requested is a coded error", () => {
    const bad = [
      ev.received("2026-11-16T09:00:00+07:00"),
      ev.supplementReceived("2026-11-17T09:00:00+07:00"),
      ev.supplementRequested("2026-11-18T10:00:00+07:00"),
    ];
    expect(errorOf(() => clock(bad, procedure(5), "2026-11-20T00:00:00+07:00"))).toBe(
      "SLA_EVENT_IMPOSSIBLE@events.1",
    );
  });

  it("request and supplement at the same instant, listed backwards: the request is applied first", () => {
    const same = [
      ev.received("2026-11-16T09:00:00+07:00"),
      ev.supplementReceived("2026-11-18T10:00:00+07:00"),
      ev.supplementRequested("2026-11-18T10:00:00+07:00"),
    ];
    const c = clock(same, procedure(5, "workingDays", "pause"), "2026-11-19T00:00:00+07:00");
    expect(f(c.due.original)).toBe("2026-11-23T09:00:00+07:00");
    expect(c.pauses[0]?.workingMinutes).toBe(0);
  });

  it("a second request while one is open is refused (everything missing is listed once)", () => {
    const bad = [...base, ev.supplementRequested("2026-11-19T10:00:00+07:00")];
    expect(errorOf(() => clock(bad, procedure(5), "2026-11-20T00:00:00+07:00"))).toBe(
      "SLA_EVENT_IMPOSSIBLE@events.2",
    );
  });

  it("a receipt-stage request precedes the receipt and does not touch the clock", () => {
    const c = clock(
      [
        ev.supplementRequested("2026-11-13T10:00:00+07:00", "receipt"),
        ev.supplementReceived("2026-11-16T08:30:00+07:00"),
        ev.received("2026-11-16T09:00:00+07:00"),
      ],
      procedure(5),
      "2026-11-17T00:00:00+07:00",
    );
    expect(f(c.due.original)).toBe("2026-11-23T09:00:00+07:00");
    expect(c.pauses).toHaveLength(0);
    const late = [
      ev.received("2026-11-16T09:00:00+07:00"),
      ev.supplementRequested("2026-11-17T10:00:00+07:00", "receipt"),
    ];
    expect(errorOf(() => clock(late, procedure(5), "2026-11-20T00:00:00+07:00"))).toBe(
      "SLA_EVENT_IMPOSSIBLE@events.1",
    );
  });
});

describe("reschedule (form 04): once, at least one working day before; judged against the original", () => {
  // Received Thu 12/2 09:00, 3 working days → Tue 24/2 09:00.
  const received = ev.received("2026-02-12T09:00:00+07:00");

  it("the applicant sees the new appointment; statistics judge against the original", () => {
    const events = [
      received,
      ev.rescheduled("2026-02-23T10:00:00+07:00", "2026-02-26T09:00:00+07:00"),
      ev.resultReady("2026-02-25T10:00:00+07:00"),
    ];
    const c = clock(events, procedure(3), "2026-03-02T00:00:00+07:00");
    expect(f(c.due.current)).toBe("2026-02-26T09:00:00+07:00");
    expect(f(c.due.original)).toBe("2026-02-24T09:00:00+07:00");
    expect(f(c.due.judged)).toBe("2026-02-24T09:00:00+07:00");
    expect(c.due.rescheduledAt).toBe(parseInstant("2026-02-23T10:00:00+07:00"));
    expect(c.outcome).toBe("late");
    const other = clock(
      events,
      procedure(3),
      "2026-03-02T00:00:00+07:00",
      slaRules({ lateJudgedAgainst: "rescheduled" }),
    );
    expect(other.outcome).toBe("early");
    expect(other.due.judged).toBe(other.due.current);
  });

  it("notice boundary: the working day before the due day is the last day a reschedule may be made", () => {
    const ok = [received, ev.rescheduled("2026-02-23T23:59:59+07:00", "2026-02-26T09:00:00+07:00")];
    expect(clock(ok, procedure(3), "2026-02-24T00:00:00+07:00").due.rescheduledAt).not.toBeNull();
    const tooLate = [received, ev.rescheduled("2026-02-24T00:00:00+07:00", "2026-02-26T09:00:00+07:00")];
    expect(errorOf(() => clock(tooLate, procedure(3), "2026-02-25T00:00:00+07:00"))).toBe(
      "SLA_RESCHEDULE_TOO_LATE@events.1",
    );
    // With a weekend and Tết before the due day, the working day before Tue 24/2 is Mon 23/2, and
    // Fri 13/2 is fine too.
    const early = [received, ev.rescheduled("2026-02-13T10:00:00+07:00", "2026-02-26T09:00:00+07:00")];
    expect(clock(early, procedure(3), "2026-02-24T00:00:00+07:00").due.current).toBe(
      parseInstant("2026-02-26T09:00:00+07:00"),
    );
  });

  it("at most once; the new appointment must be later", () => {
    const twice = [
      received,
      ev.rescheduled("2026-02-13T10:00:00+07:00", "2026-02-26T09:00:00+07:00"),
      ev.rescheduled("2026-02-23T10:00:00+07:00", "2026-02-27T09:00:00+07:00"),
    ];
    expect(errorOf(() => clock(twice, procedure(3), "2026-02-25T00:00:00+07:00"))).toBe(
      "SLA_RESCHEDULE_LIMIT@events.2",
    );
    expect(
      clock(twice, procedure(3), "2026-02-25T00:00:00+07:00", slaRules({ reschedulesMax: 2 })).due.current,
    ).toBe(parseInstant("2026-02-27T09:00:00+07:00"));
    const earlier = [received, ev.rescheduled("2026-02-13T10:00:00+07:00", "2026-02-24T09:00:00+07:00")];
    expect(errorOf(() => clock(earlier, procedure(3), "2026-02-25T00:00:00+07:00"))).toBe(
      "SLA_RESCHEDULE_NOT_LATER@events.1.newDueAt",
    );
  });
});

describe("make-up Saturday 22/8/2026 and the 31/8–2/9 break", () => {
  it("a dossier received on the make-up Saturday starts that day", () => {
    const c = clock([ev.received("2026-08-22T09:00:00+07:00")], procedure(2), "2026-08-22T10:00:00+07:00");
    expect(f(c.startedAt)).toBe("2026-08-22T09:00:00+07:00");
    expect(f(c.due.current)).toBe("2026-08-25T09:00:00+07:00");
    expect(c.elapsedMinutes).toBe(60);
    expect(c.explain.some((x) => x.kind === "nonWorkingDay" && x.date === "2026-08-22")).toBe(false);
    expect(c.explain.some((x) => x.kind === "nonWorkingDay" && x.date === "2026-08-23")).toBe(true);
  });
});

describe("stop, withdrawal and financial obligations (policies, practice)", () => {
  const received = ev.received("2026-11-16T09:00:00+07:00");
  it("stopped (default stop): the clock ends, not judged", () => {
    const c = clock(
      [received, ev.stopped("2026-11-17T09:00:00+07:00")],
      procedure(5),
      "2026-12-01T00:00:00+07:00",
    );
    expect(c).toMatchObject({ status: "stopped", stopReason: "stopped", outcome: null, pending: null });
    expect(c.elapsedMinutes).toBe(480);
    const after = [
      received,
      ev.stopped("2026-11-17T09:00:00+07:00"),
      ev.resultReady("2026-11-18T09:00:00+07:00"),
    ];
    expect(errorOf(() => clock(after, procedure(5), "2026-12-01T00:00:00+07:00"))).toBe(
      "SLA_EVENT_AFTER_END@events.2",
    );
  });
  it("stopped under sla.stoppedJudgement: not judged, or judged at the stop; a slice without the rule refuses a stopped dossier only", () => {
    const stopped = [received, ev.stopped("2026-11-17T09:00:00+07:00")];
    const at = "2026-12-01T00:00:00+07:00";
    expect(clock(stopped, procedure(5), at, slaRules({ stoppedJudgement: "notJudged" })).outcome).toBeNull();
    expect(clock(stopped, procedure(5), at, slaRules({ stoppedJudgement: "judgedAtStop" })).outcome).toBe(
      "early",
    );
    const without = slaRules({ stoppedJudgement: undefined });
    expect(errorOf(() => clock(stopped, procedure(5), at, without))).toBe(
      "RULE_MISSING@rules.stoppedJudgement",
    );
    expect(clock([received], procedure(5), at, without).pending).toBe("overdue");
  });
  it("withdrawn: stopped, not judged", () => {
    const c = clock(
      [received, ev.withdrawn("2026-11-17T09:00:00+07:00")],
      procedure(5),
      "2026-12-01T00:00:00+07:00",
    );
    expect(c).toMatchObject({ status: "stopped", stopReason: "withdrawn", outcome: null });
  });
  it("financial obligation pauses by default and counts under `count`", () => {
    const events = [
      received,
      ev.financialObligationRequested("2026-11-18T09:00:00+07:00"),
      ev.financialObligationMet("2026-11-19T09:00:00+07:00"),
    ];
    expect(f(clock(events, procedure(5), "2026-11-20T00:00:00+07:00").due.original)).toBe(
      "2026-11-25T09:00:00+07:00",
    );
    expect(
      f(
        clock(events, procedure(5), "2026-11-20T00:00:00+07:00", slaRules({ financialObligation: "count" }))
          .due.original,
      ),
    ).toBe("2026-11-23T09:00:00+07:00");
    const bad = [received, ev.financialObligationMet("2026-11-19T09:00:00+07:00")];
    expect(errorOf(() => clock(bad, procedure(5), "2026-11-20T00:00:00+07:00"))).toBe(
      "SLA_EVENT_IMPOSSIBLE@events.1",
    );
  });
});

describe("coded errors for impossible input", () => {
  const r = ev.received("2026-11-16T09:00:00+07:00");
  it.each([
    ["out of order", [r, ev.transferred("2026-11-16T08:00:00+07:00")], "SLA_EVENTS_OUT_OF_ORDER@events.1.at"],
    ["duplicate id", [r, { ...r, at: "2026-11-16T10:00:00+07:00" }], "SLA_DUPLICATE_EVENT_ID@events.1.id"],
    ["received twice", [r, ev.received("2026-11-16T10:00:00+07:00")], "SLA_EVENT_IMPOSSIBLE@events.1"],
    ["not received", [ev.submitted("2026-11-16T09:00:00+07:00", "counter")], "SLA_NOT_RECEIVED@events"],
    [
      "result before receipt",
      [ev.resultReady("2026-11-16T08:00:00+07:00"), r],
      "SLA_EVENT_IMPOSSIBLE@events.0",
    ],
    ["bad instant", [{ ...r, at: "2026-11-16T09:00:00" }], "SLA_INVALID_EVENTS@events.0.at"],
    ["not an array", "x", "SLA_INVALID_EVENTS@events"],
    [
      "event after the result",
      [r, ev.resultReady("2026-11-17T09:00:00+07:00"), ev.supplementRequested("2026-11-18T09:00:00+07:00")],
      "SLA_EVENT_AFTER_END@events.2",
    ],
  ] as const)("%s → %s", (_name, events, expected) => {
    expect(errorOf(() => clock(events as never, procedure(5), "2026-12-01T00:00:00+07:00"))).toBe(expected);
  });
  it("safeComputeClock returns the error instead", () => {
    const res = safeComputeClock([], procedure(5), calendar, RULES, "2026-12-01T00:00:00+07:00");
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe("SLA_NOT_RECEIVED");
      expect(res.error.vi).toMatch(/chưa được tiếp nhận/);
    }
    expect(errorOf(() => clock([r], procedure(5), "yesterday"))).toBe("SLA_INVALID_INSTANT@asOf");
  });
  it("never mutates its inputs", () => {
    const events = Object.freeze([
      Object.freeze({ ...r }),
      Object.freeze(ev.resultReady("2026-11-18T09:00:00+07:00")),
    ]);
    const snapshot = JSON.stringify(events);
    expect(clock(events, procedure(5), "2026-12-01T00:00:00+07:00").outcome).toBe("early");
    expect(JSON.stringify(events)).toBe(snapshot);
  });
});
