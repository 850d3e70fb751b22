/**
 * Receipt regardless of administrative boundary, as the rulebook's
 * `permissions.receiptAcrossBoundaries` says: false → only an office of the competent unit
 * receives; true → any office of the procedure's province; absent → not checked.
 */
import type { ActorRole } from "@motcua/core";
import { describe, expect, it } from "vitest";
import { can, replay, type DossierScope } from "@motcua/dossier";
import { calendar, ev, officer, rulesOf } from "./fixtures";

const events = [
  ev("submitted", "2026-03-02T08:50", "applicant", { channel: "counter" }),
  ev("received", "2026-03-02T09:00", officer, { dossierCode: "XA-A-260302-0001" }),
];
const scope = (
  officeUnit: string,
  officeProvince: string,
  competentUnit: string,
  province: string,
): DossierScope => ({
  officeId: "XA-A",
  officeUnit,
  officeProvince,
  procedure: { code: "1.000001", competentUnit, province },
  register: [],
});
const run = (across: boolean | undefined, s: DossierScope) => {
  const r = replay(events, rulesOf({}, { receiptAcrossBoundaries: across }), { calendar, scope: s });
  return r.ok ? r.value.state : r.error.code;
};

describe("permissions.receiptAcrossBoundaries", () => {
  it("false: an office receives only its own unit's procedures", () => {
    expect(run(false, scope("xa-a", "ha-tinh", "xa-b", "ha-tinh"))).toBe("DOSSIER_RECEIPT_OUTSIDE_UNIT");
    expect(run(false, scope("xa-b", "ha-tinh", "xa-b", "ha-tinh"))).toBe("received");
  });

  it("true: any office of the province receives, an office of another province does not", () => {
    expect(run(true, scope("xa-a", "ha-tinh", "xa-b", "ha-tinh"))).toBe("received");
    expect(run(true, scope("xa-a", "ha-tinh", "xa-c", "nghe-an"))).toBe("DOSSIER_RECEIPT_OUTSIDE_PROVINCE");
  });

  it("absent, or a scope without the units: not checked", () => {
    expect(run(undefined, scope("xa-a", "ha-tinh", "xa-c", "nghe-an"))).toBe("received");
    expect(run(false, { officeId: "XA-A", procedure: { code: "1.000001" }, register: [] })).toBe("received");
  });

  it("can() answers the same, with the facts and the rule's reference", () => {
    const rules = rulesOf({}, { receiptAcrossBoundaries: false });
    const r = can("awaitingReceipt", { role: "oneStopOfficer" }, "received", {
      rules,
      at: "2026-03-02T09:00:00+07:00",
      ...scope("xa-a", "ha-tinh", "xa-b", "ha-tinh"),
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({
        code: "DOSSIER_RECEIPT_OUTSIDE_UNIT",
        data: { officeUnit: "xa-a", competentUnit: "xa-b" },
      });
  });
});

describe("forwarded: the receiving centre forwards to the competent unit", () => {
  const forward = (toUnit: string, role: ActorRole = officer) =>
    ev("forwarded", "2026-03-02T10:00", role, { toUnit, paper: true });
  const replayed = (s: DossierScope, e: ReturnType<typeof forward>) => {
    const r = replay([...events, e], rulesOf({}, { receiptAcrossBoundaries: true }), { calendar, scope: s });
    return r.ok ? r.value.state : r.error.code;
  };

  it("to the competent unit of another unit's procedure: at the agency", () => {
    expect(replayed(scope("xa-a", "ha-tinh", "xa-b", "ha-tinh"), forward("xa-b"))).toBe("atAgency");
  });

  it("to another unit, or by an office of the competent unit itself: refused with the facts", () => {
    const r = replay([...events, forward("xa-c")], rulesOf({}, { receiptAcrossBoundaries: true }), {
      calendar,
      scope: scope("xa-a", "ha-tinh", "xa-b", "ha-tinh"),
    });
    expect(r.ok || { code: r.error.code, path: r.error.path, data: r.error.data }).toMatchObject({
      code: "DOSSIER_FORWARD_WRONG_UNIT",
      path: ["events", 2, "toUnit"],
      data: { toUnit: "xa-c", competentUnit: "xa-b", officeUnit: "xa-a" },
    });
    expect(replayed(scope("xa-b", "ha-tinh", "xa-b", "ha-tinh"), forward("xa-b"))).toBe(
      "DOSSIER_FORWARD_WITHIN_UNIT",
    );
  });

  it("can() by action name assumes the competent unit, and checks the event given", () => {
    const context = {
      rules: rulesOf({}, { receiptAcrossBoundaries: true }),
      at: "2026-03-02T10:00:00+07:00",
      ...scope("xa-a", "ha-tinh", "xa-b", "ha-tinh"),
    };
    expect(can("received", { role: "oneStopOfficer" }, "forwarded", context).ok).toBe(true);
    const wrong = can("received", { role: "oneStopOfficer" }, forward("xa-c") as never, context);
    expect(wrong.ok || wrong.error.code).toBe("DOSSIER_FORWARD_WRONG_UNIT");
  });
});
