/**
 * The example program: what a vendor's Node service does with motcua in a day at Đồng Tháp's public
 * service centre. Run it from the repo root:
 *
 * ```sh
 * node --conditions=@motcua/source --import tsx examples/embed-node/src/main.ts
 * ```
 *
 * 1. print the receipt slip's appointment (ngày hẹn trả) of a dossier received before Tết 2026;
 * 2. replay that dossier and ask who may do what next (Đồng Tháp: a civil servant signs the control
 *    slip before postal staff transfer the dossier; postal staff never decide);
 * 3. build Biểu số 06 for Q1 2026 from five dossiers' events.
 *
 * @module
 */
import { pathToFileURL } from "node:url";
import type { Actor } from "@motcua/core";
import type { DossierAction } from "@motcua/dossier";
import { dongThapRulebook } from "./rulebook";
import { CONTEXT, DOSSIER_A, DOSSIER_A_RECEIVED, OTHER_DOSSIERS, PROCEDURE } from "./scenario";
import { makeOneStopService, type Bieu06, type ReceiptSlip } from "./service";

/** One permission question and its answer. */
export interface PermissionAnswer {
  /** Who asks. */
  readonly actor: Actor["role"];
  /** What they want to do. */
  readonly action: DossierAction;
  /** The dossier's state. */
  readonly state: string;
  /** `"allowed"` or the refusal code. */
  readonly answer: string;
  /** The refusal, in Vietnamese (with its legal source). */
  readonly why?: string;
}

/** Everything the example computes, for printing and for the tests. */
export interface ExampleRun {
  /** The receipt slip of dossier A. */
  readonly slip: ReceiptSlip;
  /** Where the office hours in force come from. */
  readonly officeHoursSource: string;
  /** Dossier A's state after its full history. */
  readonly finalState: string;
  /** Permission questions at two points of dossier A's life. */
  readonly permissions: ReadonlyArray<PermissionAnswer>;
  /** Biểu 06 for Q1 2026. */
  readonly bieu06: Bieu06;
}

/** Runs the example's day and returns what it computed (no printing, no clock, no I/O). */
export function runExample(): ExampleRun {
  const rulebook = dongThapRulebook();
  const service = makeOneStopService(rulebook);

  // 1. Form 01: the appointment.
  const slip = service.issueReceiptSlip({
    procedure: PROCEDURE,
    receivedAt: "2026-02-12T09:00:00+07:00",
    dossierCode: "DT-HCC-260212-0001",
  });

  // 2. Replay and permissions: just after receipt, then once the agency has it.
  const permissions: PermissionAnswer[] = [];
  const ask = (events: ReadonlyArray<unknown>, role: Actor["role"], action: DossierAction, at: string) => {
    const snapshot = service.replayDossier(events, CONTEXT);
    if (!snapshot.ok) throw snapshot.error;
    const r = service.checkPermission(snapshot.value, { role }, action, at, CONTEXT);
    permissions.push({
      actor: role,
      action,
      state: snapshot.value.state,
      answer: r.ok ? "allowed" : r.error.code,
      ...(r.ok ? {} : { why: r.error.vi }),
    });
  };
  ask(DOSSIER_A_RECEIVED, "postalStaff", "transferred", "2026-02-12T09:10:00+07:00");
  ask(DOSSIER_A_RECEIVED, "oneStopOfficer", "controlSlipSigned:transfer", "2026-02-12T09:10:00+07:00");
  ask(DOSSIER_A.slice(0, 5), "postalStaff", "resolved", "2026-02-13T09:00:00+07:00");
  ask(DOSSIER_A.slice(0, 5), "agencyLeader", "resolved", "2026-02-13T09:00:00+07:00");

  const full = service.replayDossier(DOSSIER_A, CONTEXT);
  if (!full.ok) throw full.error;

  // 3. Biểu 06 for Q1 2026, judged at its end (00:00 on 1/4/2026).
  const endOfQ1 = "2026-04-01T00:00:00+07:00";
  const summaries = [DOSSIER_A, ...Object.values(OTHER_DOSSIERS)].map((events) =>
    service.summarize(events, CONTEXT, endOfQ1),
  );
  const bieu06 = service.bieu06(summaries, { from: "2026-01-01", to: "2026-04-01" });

  return {
    slip,
    officeHoursSource: rulebook.explain("calendar.officeHours", slip.receivedAt),
    finalState: full.value.state,
    permissions,
    bieu06,
  };
}

/** The example's report as lines of text. */
export function formatRun(run: ExampleRun): string[] {
  const { slip, bieu06 } = run;
  const t = bieu06.total;
  return [
    `Phiếu tiếp nhận ${slip.dossierCode}: nhận ${slip.receivedAt}, hẹn trả ${slip.dueAt}`,
    `  ngày không làm việc bỏ qua: ${slip.skipped.map((d) => `${d.date} ${d.name ?? d.kind}`).join("; ")}`,
    `  giờ làm việc: ${run.officeHoursSource.split("\n")[0] ?? ""}`,
    "",
    ...run.permissions.map(
      (p) =>
        `${p.actor} → ${p.action} (${p.state}): ${p.answer}${p.why === undefined ? "" : `\n    ${p.why}`}`,
    ),
    `Hồ sơ DT-HCC-260212-0001 sau khi trả kết quả: ${run.finalState}`,
    "",
    "Biểu số 06 — quý I/2026, Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp",
    `  nhận ${t.received} (trực tuyến ${t.online}, trực tiếp ${t.counter}, bưu chính ${t.postal}, kỳ trước ${t.carriedOver})`,
    `  đã giải quyết ${t.resolved} (trước hạn ${t.early}, đúng hạn ${t.onTime}, quá hạn ${t.late}); trước và đúng hạn ${bieu06.shares.earlyOrOnTime.text}`,
    `  đang giải quyết ${t.pending} (trong hạn ${t.withinDeadline}, quá hạn ${t.overdue})`,
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatRun(runExample()).join("\n"));
}
