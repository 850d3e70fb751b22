/**
 * A `Date` is accepted wherever an instant is (issue 17): every public function taking an instant
 * gives the same answer for a `Date` as for the equal ISO string, and refuses an invalid `Date`
 * with a coded error.
 */
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { isMotcuaError, parseInstant, tryParseInstant, vietnamDate } from "@motcua/core";
import { can, issueDossierCode, replay, toReceiptSlip, toTrackingLedgerRow } from "@motcua/dossier";
import { computeClock, computeDeadline } from "@motcua/sla";
import { composeRulebook } from "@motcua/plugin-sdk";
import { composeForProvince, national } from "@motcua/national";
import { haTinh } from "@motcua/province-ha-tinh";
import { decide } from "@motcua/handover";
import * as c from "../src/corpus";

const iso = "2026-03-10T09:00:00+07:00";
const date = new Date(iso);

/** `f(instant)` with a Date equals `f(instant)` with the ISO string. */
const same = (f: (instant: never) => unknown, at = iso): void => {
  expect(f(new Date(at) as never)).toEqual(f(at as never));
};

describe("Date instants", () => {
  it("core reads a Date, also from another realm, and refuses an invalid one or a fake", () => {
    expect(tryParseInstant(date)).toBe(date.getTime());
    expect(parseInstant(date)).toBe(date.getTime());
    expect(vietnamDate(new Date("2026-02-12T20:00:00Z"))).toBe("2026-02-13");
    expect(tryParseInstant(runInNewContext(`new Date(${date.getTime()})`))).toBe(date.getTime());
    expect(tryParseInstant(new Date(Number.NaN))).toBeUndefined();
    expect(tryParseInstant({ [Symbol.toStringTag]: "Date", getTime: () => 1 })).toBeUndefined();
    expect(tryParseInstant(new Date(-8.64e15))).toBeUndefined();
    try {
      parseInstant(new Date(Number.NaN), ["receivedAt"]);
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e) && e.code === "INVALID_INSTANT" && e.path.join(".") === "receivedAt").toBe(
        true,
      );
    }
  });

  it("sla: computeDeadline's receivedAt, computeClock's asOf", () => {
    same((at) => computeDeadline(c.procedure, at, c.calendar, c.slaRules));
    same((at) => computeClock(c.dossierEvents, c.procedure, c.calendar, c.slaRules, at));
    expect(() => computeDeadline(c.procedure, new Date(Number.NaN), c.calendar, c.slaRules)).toThrow(
      /receivedAt/,
    );
  });

  it("calendar: the WorkingCalendar methods", () => {
    same((at) => c.calendar.nextWorkingInstant(at));
    same((at) => c.calendar.addWorkingMinutes(at, 90));
    same((at) => c.calendar.sameTimeOnWorkingDay(at, 2));
    same((at) => c.calendar.workingMinutesBetween("2026-03-02T08:00:00+07:00", at));
  });

  it("dossier: replay's dueAt, can's at, issueDossierCode's at, the forms' dueAt", () => {
    same((at) => replay(c.dossierEvents, c.dossierRules, { dueAt: at }));
    same((at) =>
      can(c.snapshot, { role: "oneStopOfficer", officeId: "HT-HCC" }, "transfer" as never, {
        rules: c.dossierRules,
        at,
      }),
    );
    same((at) => issueDossierCode(undefined, "000.00.01.H30", at));
    same((at) => toTrackingLedgerRow(c.dossierEvents, { dueAt: at }, c.forms));
    same((at) => toReceiptSlip(c.dossierEvents, { procedure: c.procedure, dueAt: at }, c.forms));
  });

  it("rulebooks: composeRulebook's and composeForProvince's asOf, handover decide's at", () => {
    same((at) => composeRulebook([national, haTinh], { asOf: at }).asOf);
    same((at) => composeForProvince({ province: "ha-tinh", asOf: at }).asOf);
    same(
      (at) => decide(c.handoverRequest, c.haTinh2021HandoverRulesValue as never, at),
      "2021-06-01T09:00:00+07:00",
    );
  });
});
