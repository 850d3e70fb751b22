/** The worked examples of docs/sla.md and README.md, so the guide cannot drift from the code. */
import { describe, expect, it } from "vitest";
import { formatInstant, type DossierEventInput } from "@motcua/core";
import { computeClock, computeDeadline } from "@motcua/sla";
import { calendar } from "./support/calendar";
import { RULES } from "./support/rules";

const procedure = {
  code: "1.004227",
  name: "Cấp giấy phép",
  processingTime: { amount: 3, unit: "workingDays" },
} as const;
const postal = { role: "postalStaff" } as const;
const events: DossierEventInput[] = [
  {
    id: "e1",
    type: "submitted",
    at: "2026-02-10T15:20:00+07:00",
    actor: { role: "applicant" },
    channel: "postal",
  },
  { id: "e2", type: "postalHandedOver", at: "2026-02-12T09:00:00+07:00", actor: postal },
  {
    id: "e3",
    type: "received",
    at: "2026-02-12T09:00:00+07:00",
    actor: postal,
    dossierCode: "000.00.01.H23-260212-0001",
  },
];

describe("docs/sla.md", () => {
  it("§1 the appointment on the slip", () => {
    expect(formatInstant(computeDeadline(procedure, "2026-02-12T09:00:00+07:00", calendar, RULES))).toBe(
      "2026-02-24T09:00:00+07:00",
    );
  });

  it("§2 the clock, explained, line by line", () => {
    const clock = computeClock(events, procedure, calendar, RULES, "2026-02-23T09:00:00+07:00");
    expect([
      clock.status,
      clock.pending,
      clock.elapsedMinutes,
      clock.remainingMinutes,
      clock.warning.level,
    ]).toEqual(["running", "withinDeadline", 960, 480, 1]);
    const lines = clock.explain.map((x) => `${formatInstant(x.at).slice(0, 16)} ${x.vi}`);
    expect(lines[0]).toBe("2026-02-10T15:20 Nộp hồ sơ (postal)");
    expect(lines[1]).toBe(
      "2026-02-12T09:00 Bưu điện bàn giao hồ sơ cho cơ quan: thời gian chuyển phát từ 2026-02-10T15:20:00+07:00 không tính vào thời hạn",
    );
    expect(lines[2]).toBe(
      "2026-02-12T09:00 Tiếp nhận hồ sơ 000.00.01.H23-260212-0001, cấp giấy tiếp nhận và hẹn trả kết quả: bắt đầu tính thời hạn",
    );
    expect(lines[5]).toBe("2026-02-16T00:00 2026-02-16: không phải ngày làm việc (Tết Nguyên đán)");
    expect(lines.at(-1)).toBe("2026-02-24T09:00 Hạn giải quyết theo quy định: 2026-02-24T09:00:00+07:00");
    expect(lines).toHaveLength(13);
  });

  it("§3 the reschedule: the applicant sees the new date, statistics the original", () => {
    const late = computeClock(
      [
        ...events,
        {
          id: "e4",
          type: "rescheduled",
          at: "2026-02-23T10:00:00+07:00",
          actor: { role: "agencyLeader" },
          newDueAt: "2026-02-26T09:00:00+07:00",
          reason: "Cần xác minh",
        },
        { id: "e5", type: "resultReady", at: "2026-02-25T10:00:00+07:00", actor: { role: "specialist" } },
      ],
      procedure,
      calendar,
      RULES,
      "2026-03-01T00:00:00+07:00",
    );
    expect([formatInstant(late.due.current), formatInstant(late.due.judged), late.outcome]).toEqual([
      "2026-02-26T09:00:00+07:00",
      "2026-02-24T09:00:00+07:00",
      "late",
    ]);
  });

  it("§6 the error message", () => {
    const bad: DossierEventInput[] = [
      { id: "a", type: "received", at: "2026-11-16T09:00:00+07:00", actor: postal, dossierCode: "X" },
      { id: "b", type: "supplementReceived", at: "2026-11-17T09:00:00+07:00", actor: postal },
    ];
    expect(() => computeClock(bad, procedure, calendar, RULES, "2026-11-20T00:00:00+07:00")).toThrow(
      "[SLA_EVENT_IMPOSSIBLE] Supplement received at 2026-11-17T09:00:00+07:00 before it was requested (Nhận hồ sơ bổ sung lúc 2026-11-17T09:00:00+07:00 khi chưa có yêu cầu bổ sung) at events[1]",
    );
  });
});
