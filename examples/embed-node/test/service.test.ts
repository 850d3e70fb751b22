/**
 * The embedding example gives the real answers: the 2026 Tết schedule (Bộ luật Lao động 2019
 * Art. 112), Đồng Tháp's control-slip signatures (its 2022 review, L59) and
 * postal support rules (L53), the outcome boundary of Thông tư 01/2018/TT-VPCP Art. 13, and the
 * Biểu 06 identities (Thông tư 01/2020/TT-VPCP).
 */
import { isMotcuaError } from "@motcua/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRun, runExample } from "../src/main";
import { dongThapRulebook } from "../src/rulebook";
import { CONTEXT, DOSSIER_A, DOSSIER_A_RECEIVED, OTHER_DOSSIERS, PROCEDURE } from "../src/scenario";
import { makeOneStopService } from "../src/service";

const service = makeOneStopService(dongThapRulebook());

describe("receipt slip (form 01): the appointment on the Đồng Tháp calendar", () => {
  it("3 working days from Thu 12/2/2026 09:00 end on Tue 24/2 09:00: Tết 16–20/2 and two weekends skipped", () => {
    const slip = service.issueReceiptSlip({
      procedure: PROCEDURE,
      receivedAt: "2026-02-12T09:00:00+07:00",
      dossierCode: "DT-HCC-260212-0001",
    });
    expect(slip.dueAt).toBe("2026-02-24T09:00:00+07:00");
    expect(slip.dueDate).toBe("2026-02-24");
    expect(slip.skipped.filter((d) => d.kind === "holiday").map((d) => d.date)).toEqual([
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
    ]);
    expect(slip.skipped.filter((d) => d.kind === "weekend")).toHaveLength(4);
  });

  it("after closing (17:30) the clock starts at the next session, Fri 13/2 08:00 (national default hours 08:00–12:00, 13:00–17:00)", () => {
    const slip = service.issueReceiptSlip({
      procedure: PROCEDURE,
      receivedAt: "2026-02-12T17:30:00+07:00",
      dossierCode: "DT-HCC-260212-0002",
    });
    expect(slip.receivedAt).toBe("2026-02-13T08:00:00+07:00");
    expect(slip.dueAt).toBe("2026-02-25T08:00:00+07:00");
  });

  it("the host time zone plays no part: an instant written in UTC gives the same appointment", () => {
    const slip = service.issueReceiptSlip({
      procedure: PROCEDURE,
      receivedAt: "2026-02-12T02:00:00Z",
      dossierCode: "X",
    });
    expect(slip.dueAt).toBe("2026-02-24T09:00:00+07:00");
  });

  it("a bad instant is a coded error, not a crash", () => {
    expect(() =>
      service.issueReceiptSlip({ procedure: PROCEDURE, receivedAt: "12/02/2026", dossierCode: "X" }),
    ).toThrow(expect.objectContaining({ code: expect.stringMatching(/^[A-Z_]+$/) }));
  });
});

describe("replay and permissions (Đồng Tháp: the civil servant signs the control slip)", () => {
  it("a full dossier received by postal staff replays to `returned`", () => {
    const r = service.replayDossier(DOSSIER_A, CONTEXT);
    expect(r.ok && r.value.state).toBe("returned");
    expect(r.ok && r.value.receivedByPostalStaff).toBe(true);
    expect(r.ok && r.value.controlSlip.transferSignedAt).toBe(Date.parse("2026-02-12T09:20:00+07:00"));
  });

  it("postal staff may not transfer before a civil servant signs (the 2022 Đồng Tháp review, L59); the officer may sign", () => {
    const { permissions } = runExample();
    expect(permissions.map((p) => `${p.actor} ${p.action} ${p.state} → ${p.answer}`)).toEqual([
      "postalStaff transferred received → DOSSIER_CONTROL_SLIP_UNSIGNED",
      "oneStopOfficer controlSlipSigned:transfer received → allowed",
      "postalStaff resolved processing → DOSSIER_POSTAL_FORBIDDEN",
      "agencyLeader resolved processing → allowed",
    ]);
    expect(permissions[0]?.why).toContain(
      "Báo cáo sơ kết thỏa thuận hợp tác giữa UBND tỉnh Đồng Tháp và Bưu điện Việt Nam (Văn phòng UBND tỉnh Đồng Tháp, 2022), L59",
    );
  });

  it("replaying a transfer without the signature refuses that event, naming it", () => {
    const events = [...DOSSIER_A.slice(0, 2), DOSSIER_A[3]];
    const r = service.replayDossier(events, CONTEXT);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("DOSSIER_CONTROL_SLIP_UNSIGNED");
      expect(r.error.path).toEqual(["events", 2]);
    }
  });

  it("outside the handed-over domain postal staff may not issue the receipt slip", () => {
    const r = service.replayDossier(DOSSIER_A_RECEIVED, {
      ...CONTEXT,
      procedure: { ...PROCEDURE, code: "EX.TP.0001", domain: "Tư pháp" },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("DOSSIER_POSTAL_NOT_HANDED_OVER");
  });

  it("the control-slip rule comes from the Đồng Tháp plugin, and explain says so", () => {
    const text = dongThapRulebook().explain("permissions.controlSlipSignature", "2026-02-12");
    expect(text).toContain("province-dong-thap");
    expect(text).toContain(
      "Báo cáo sơ kết thỏa thuận hợp tác giữa UBND tỉnh Đồng Tháp và Bưu điện Việt Nam (Văn phòng UBND tỉnh Đồng Tháp, 2022), L59",
    );
  });

  it("untrusted events give a Result, never a throw", () => {
    const bad = service.replayDossier(
      [{ id: "x", type: "recieved", at: "2026-02-12T09:00:00+07:00" }],
      CONTEXT,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe("DOSSIER_INVALID_EVENT");
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = service.replayDossier(input, CONTEXT);
        return r.ok || isMotcuaError(r.error);
      }),
      { numRuns: 300 },
    );
  });
});

describe("Biểu số 06, Q1 2026, from five dossiers' events", () => {
  const { bieu06 } = runExample();

  it("counts received, resolved and pending as the form defines them", () => {
    expect(bieu06.total).toEqual({
      received: 5,
      newlyReceived: 4,
      online: 1,
      counter: 2,
      postal: 1,
      carriedOver: 1, // received 30/12/2025, pending on 1/1/2026
      resolved: 4,
      early: 1, // A: ready 23/2, due 24/2
      onTime: 2, // E: ready 6/1 10:00, due 6/1 15:00; B: ready 5/3 08:00, due 5/3 09:00
      late: 1, // C: ready 13/3, due 12/3 10:00
      pending: 1,
      withinDeadline: 1, // D: due 2/4 14:00, after the cut-off 1/4 00:00
      overdue: 0,
    });
  });

  it("prints shares as the reviews do (over new dossiers for channels, over resolved for outcomes)", () => {
    expect(bieu06.shares.earlyOrOnTime.text).toBe("75,00%");
    expect(bieu06.shares.online.text).toBe("25,00%");
    expect(bieu06.shares.postal.text).toBe("25,00%");
  });

  it("exports the CSV with the form's name and the period", () => {
    expect(bieu06.csv.startsWith("\uFEFF")).toBe(true);
    expect(bieu06.csv).toContain("Biểu số 06/VPCP/KSTT");
    expect(bieu06.csv).toContain("01/01/2026");
    expect(bieu06.csv).toContain("31/03/2026");
  });

  it("a dossier never received is not counted: a coded error", () => {
    expect(() => service.summarize([OTHER_DOSSIERS.d[0]], CONTEXT, "2026-04-01T00:00:00+07:00")).toThrow(
      expect.objectContaining({ code: "EXAMPLE_NOT_RECEIVED" }),
    );
  });

  it("summarize and the receipt slip throw only MotcuaError on any input", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (events, at) => {
        for (const run of [
          () => service.summarize(events, CONTEXT, at as string),
          () =>
            service.issueReceiptSlip({
              procedure: events as never,
              receivedAt: at as string,
              dossierCode: "X",
            }),
        ]) {
          try {
            run();
          } catch (e) {
            if (!isMotcuaError(e)) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe("the program's printout", () => {
  it("prints the appointment, the refusals and the Biểu 06 lines", () => {
    const lines = formatRun(runExample());
    expect(lines[0]).toBe(
      "Phiếu tiếp nhận DT-HCC-260212-0001: nhận 2026-02-12T09:00:00+07:00, hẹn trả 2026-02-24T09:00:00+07:00",
    );
    expect(lines).toContain("  nhận 5 (trực tuyến 1, trực tiếp 2, bưu chính 1, kỳ trước 1)");
    expect(lines).toContain(
      "  đã giải quyết 4 (trước hạn 1, đúng hạn 2, quá hạn 1); trước và đúng hạn 75,00%",
    );
  });
});
