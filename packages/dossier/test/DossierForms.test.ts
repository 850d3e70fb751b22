import { parseInstant } from "@motcua/core";
import {
  paperTransferDueAt,
  toApologies,
  toControlSlip,
  toReceiptSlip,
  toRefusal,
  toStopNotice,
  toSupplementRequests,
  toTrackingLedgerRow,
} from "@motcua/dossier";
import { formatInstant } from "@motcua/core";
import { describe, expect, it } from "vitest";
import { calendar, dongThapRules, ev, forms2018, forms2025, happyPath, officer, baseRules } from "./fixtures";

describe("forms 01–04, numbered by the forms slice", () => {
  it("form 01: receipt and appointment slip, due date from a callback (e.g. @motcua/sla)", () => {
    const slip = toReceiptSlip(
      happyPath(),
      {
        procedure: { code: "2.000908", name: "Chứng thực bản sao từ bản chính" },
        applicant: "Nguyễn Văn A",
        // Received Thu 12/02/2026 09:00, 3 working days → Tue 24/02 09:00 (Tết 16–20/02 skipped).
        dueAt: (receivedAt) => calendar.sameTimeOnWorkingDay(receivedAt, 3),
      },
      forms2025,
    );
    expect(slip).toMatchObject({
      form: "01",
      dossierCode: "000.00.01.H23-260212-0001",
      procedureCode: "2.000908",
      applicant: "Nguyễn Văn A",
      channel: "counter",
      receivedAt: "2026-02-12T09:00:00+07:00",
      dueAt: "2026-02-24T09:00:00+07:00",
      receivedBy: { role: "oneStopOfficer" },
    });
    expect(() =>
      toReceiptSlip(happyPath().slice(0, 3), { procedure: { code: "x" }, dueAt: 0 }, forms2025),
    ).toThrow(/DOSSIER_FORM_NOT_AVAILABLE/);
    expect(() =>
      toReceiptSlip(happyPath(), { procedure: { code: "x" }, dueAt: "2026-02-01T00:00:00+07:00" }, forms2025),
    ).toThrow(/DOSSIER_INVALID_OPTIONS/);
  });

  it("forms 02, 03, 04", () => {
    const events = [
      ev("submitted", "2026-03-02T08:00", "applicant", { channel: "counter" }),
      ev("supplementRequested", "2026-03-02T08:10", officer, {
        stage: "receipt",
        items: ["Bản sao CCCD", "Tờ khai"],
      }),
      ev("supplementReceived", "2026-03-03T08:10", officer, {}),
      ev("received", "2026-03-03T08:20", officer, { dossierCode: "X-260303-0001" }),
      ev("rescheduled", "2026-03-05T08:00", "agencyLeader", {
        newDueAt: parseInstant("2026-03-12T17:00:00+07:00"),
        reason: "Chờ xác minh",
      }),
      ev("resolved", "2026-03-10T08:00", "agencyLeader", {
        decision: "refused",
        reason: "Không đủ điều kiện",
      }),
    ];
    expect(toSupplementRequests(events, forms2025)).toEqual([
      expect.objectContaining({
        form: "02",
        stage: "receipt",
        items: ["Bản sao CCCD", "Tờ khai"],
        requestedAt: "2026-03-02T08:10:00+07:00",
      }),
    ]);
    expect(toRefusal(events, forms2025)).toMatchObject({
      form: "03",
      stage: "appraisal",
      reason: "Không đủ điều kiện",
      refusedAt: "2026-03-10T08:00:00+07:00",
    });
    expect(toRefusal(happyPath(), forms2025)).toBeUndefined();
    expect(toApologies(events, { dueAt: "2026-03-06T17:00:00+07:00" }, forms2025)).toEqual([
      expect.objectContaining({
        form: "04",
        previousDueAt: "2026-03-06T17:00:00+07:00",
        newDueAt: "2026-03-12T17:00:00+07:00",
        reason: "Chờ xác minh",
      }),
    ]);
    const row = toTrackingLedgerRow(events, { dueAt: "2026-03-06T17:00:00+07:00" }, forms2025);
    expect(row).toMatchObject({
      dossierCode: "X-260303-0001",
      channel: "counter",
      originalDueAt: "2026-03-06T17:00:00+07:00",
      dueAt: "2026-03-12T17:00:00+07:00",
      supplementsRequested: 1,
      rescheduled: true,
      decision: "refused",
      lastEvent: "resolved",
    });
  });
});

describe("control slip and the 15:00 paper-transfer rule (Nghị định 61/2018 Art. 18)", () => {
  const due = (at: string) => formatInstant(paperTransferDueAt(parseInstant(at), baseRules, calendar));
  it("paper received by 15:00 goes the same working day; after 15:00, at the start of the next working day", () => {
    expect(due("2026-03-02T14:59:00+07:00")).toBe("2026-03-02T17:00:00+07:00");
    expect(due("2026-03-02T15:00:00+07:00")).toBe("2026-03-02T17:00:00+07:00");
    expect(due("2026-03-02T15:01:00+07:00")).toBe("2026-03-03T08:00:00+07:00");
    // Friday after 15:00 before Tết 2026 → Monday 23/02 08:00.
    expect(due("2026-02-13T15:30:00+07:00")).toBe("2026-02-23T08:00:00+07:00");
    // Received online on a Sunday → Monday morning.
    expect(due("2026-03-01T10:00:00+07:00")).toBe("2026-03-02T08:00:00+07:00");
  });

  it("records each hand-off, checks the transfer time and lists missing Đồng Tháp signatures (seed 003_954eb8228a922e85.txt)", () => {
    const events = [
      ev("submitted", "2026-03-02T15:20", "applicant", { channel: "counter" }),
      ev("received", "2026-03-02T15:30", "postalStaff", { dossierCode: "DT-260302-0007" }),
      ev("transferred", "2026-03-03T09:00", "postalStaff", { paper: true }),
      ev("assigned", "2026-03-03T10:00", "agencyLeader", { assignee: "cv" }),
      ev("resolved", "2026-03-05T10:00", "agencyLeader", { decision: "approved" }),
      ev("resultReady", "2026-03-05T14:00", "postalStaff", {}),
    ];
    const slip = toControlSlip(events, { rules: dongThapRules, calendar, forms: forms2025 });
    expect(slip.dossierCode).toBe("DT-260302-0007");
    expect(slip.entries.map((e) => e.step)).toEqual([
      "received",
      "transferred",
      "assigned",
      "resolved",
      "resultReady",
    ]);
    expect(slip.entries[1]).toMatchObject({ dueBy: "2026-03-03T08:00:00+07:00", onTime: false });
    expect(slip.missingSignatures).toEqual(["transfer", "resultReceipt"]);
    expect(toControlSlip(events, { rules: baseRules, calendar, forms: forms2025 }).missingSignatures).toEqual(
      [],
    ); // no signature policy
    const signed = [
      ...events,
      ev("controlSlipSigned", "2026-03-05T15:00", officer, { stage: "resultReceipt" }),
    ];
    expect(
      toControlSlip(signed, { rules: dongThapRules, calendar, forms: forms2025 }).missingSignatures,
    ).toEqual(["transfer"]);
  });

  it("the signature policy applies at the levels it names (province, district), not at a commune", () => {
    const events = [
      ev("received", "2026-03-02T09:00", "postalStaff", { dossierCode: "DT-260302-0008" }),
      ev("transferred", "2026-03-02T10:00", officer, { paper: true }),
    ];
    const at = (officeLevel: "province" | "district" | "commune") =>
      toControlSlip(events, { rules: dongThapRules, calendar, officeLevel, forms: forms2025 })
        .missingSignatures;
    expect(at("province")).toEqual(["transfer"]);
    expect(at("district")).toEqual(["transfer"]);
    expect(at("commune")).toEqual([]);
  });
});

describe("forms by the receipt date (Thông tư 01/2018 until 30/6/2025, Thông tư 03/2025 from 1/7/2025)", () => {
  const events = [
    ev("received", "2026-03-02T09:00", officer, { dossierCode: "X-260302-0001" }),
    ev("transferred", "2026-03-02T10:00", officer, { paper: false }),
    ev("rescheduled", "2026-03-05T08:00", "agencyLeader", {
      newDueAt: parseInstant("2026-03-12T17:00:00+07:00"),
      reason: "Chờ xác minh",
    }),
    ev("stopped", "2026-03-06T08:00", "agencyLeader", { reason: "Theo đề nghị của cơ quan có thẩm quyền" }),
  ];
  const opts = (forms: typeof forms2018) => ({ rules: baseRules, calendar, forms });

  it("the control slip is form 05 of 2018 and form 06 of 2025; the tracking book 06 and 07", () => {
    expect(toControlSlip(events, opts(forms2018)).form).toBe("05");
    expect(toControlSlip(events, opts(forms2025))).toMatchObject({
      form: "06",
      formName: "Phiếu kiểm soát quá trình giải quyết hồ sơ",
    });
    expect(toControlSlip(events, opts(forms2025)).legalRefs[0]).toMatchObject({
      document: "Thông tư 03/2025/TT-VPCP",
      form: "06",
      verified: false,
    });
    expect(toTrackingLedgerRow(events, {}, forms2018).book.form).toBe("06");
    expect(toTrackingLedgerRow(events, {}, forms2025).book).toMatchObject({
      form: "07",
      legalRef: { document: "Thông tư 03/2025/TT-VPCP" },
    });
  });

  it("form 04 is an apology with a new appointment, then an apology with an extension request", () => {
    expect(toApologies(events, {}, forms2018)[0]?.formName).toBe("Phiếu xin lỗi và hẹn lại ngày trả kết quả");
    expect(toApologies(events, {}, forms2025)[0]).toMatchObject({
      form: "04",
      formName: "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
    });
  });

  it("the stop notice (form 05) exists from 1/7/2025 only: before, it is RULE_MISSING naming forms.stopNotice", () => {
    expect(toStopNotice(events, forms2025)).toMatchObject({
      form: "05",
      formName: "Thông báo dừng giải quyết hồ sơ",
      stoppedAt: "2026-03-06T08:00:00+07:00",
      stoppedBy: { role: "agencyLeader" },
    });
    expect(toStopNotice(happyPath(), forms2025)).toBeUndefined();
    expect(() => toStopNotice(events, forms2018)).toThrow(expect.objectContaining({ code: "RULE_MISSING" }));
    expect(() => toStopNotice(events, forms2018)).toThrow(/forms\.stopNotice/);
  });

  it("a missing or malformed forms slice is a coded error naming the field; the input is not modified", () => {
    expect(() => toControlSlip(events, { rules: baseRules, calendar } as never)).toThrow(
      expect.objectContaining({ code: "DOSSIER_INVALID_OPTIONS", path: ["options", "forms"] }),
    );
    const bad = {
      ...forms2025,
      controlSlip: { ...forms2025.controlSlip!, value: { number: "6", name: "x", nameEn: "x" } },
    };
    expect(() => toControlSlip(events, opts(bad as never))).toThrow(
      expect.objectContaining({ code: "DOSSIER_INVALID_OPTIONS" }),
    );
    const copy = structuredClone(forms2025);
    toReceiptSlip(events, { procedure: { code: "1" }, dueAt: "2026-03-09T09:00:00+07:00" }, forms2025);
    expect(forms2025).toEqual(copy);
  });
});
