/**
 * The dossier rulebook: who may do what, and the lifecycle limits (supplement once, 3-working-day
 * appraisal window, one reschedule at least a day ahead, the 15:00 paper-transfer cut-off, Đồng
 * Tháp's control-slip signatures). Every value carries its legal reference.
 *
 * @module
 */
import {
  ActorRoleSchema,
  LegalRefSchema,
  LevelSchema,
  type ActorRole,
  type LegalRef,
  type Level,
} from "@motcua/core";
import * as z from "zod";
import { DOSSIER_ACTIONS, type DossierAction } from "./DossierAction";

/**
 * One rule value with the legal reference that sets it.
 *
 * @since 0.1.0
 * @category Rules
 */
export interface DossierRule<A> {
  /** The value in force. */
  readonly value: A;
  /** Where it comes from. */
  readonly legalRef: LegalRef;
}

/**
 * What postal staff (BCCI) may do at a one-stop counter, depending on how the procedure was handed
 * over to them at that office (see `HandoverRegister` in `@motcua/core`).
 *
 * @since 0.1.0
 * @category Rules
 */
export interface PostalStaffPowers {
  /** Counter work allowed where the register says `replace` (civil servants withdrawn). */
  readonly replace: ReadonlyArray<DossierAction>;
  /** Counter work allowed where the register says `support` (civil servants keep receiving). */
  readonly support: ReadonlyArray<DossierAction>;
  /** Levels where postal staff only ever support, whatever the register says (commune level). */
  readonly supportOnlyAtLevels: ReadonlyArray<Level>;
}

/**
 * The rulebook the lifecycle, the permissions and the forms follow. Plugins produce it; start from
 * {@link nationalDossierRules}.
 *
 * @since 0.1.0
 * @category Rules
 */
export interface DossierRules {
  /** Roles allowed to perform each action (postal staff's counter work is in `postalStaff`). */
  readonly roles: DossierRule<Readonly<Record<DossierAction, ReadonlyArray<ActorRole>>>>;
  /** Postal staff's counter work by handover mode. */
  readonly postalStaff: DossierRule<PostalStaffPowers>;
  /** Supplement requests allowed per stage (receipt, appraisal): the law says once. */
  readonly supplementLimit: DossierRule<number>;
  /** Working days after receipt within which appraisal may ask for a supplement. */
  readonly appraisalSupplementWindow: DossierRule<number>;
  /** Re-appointments allowed, and the minimum notice in days before the due date. */
  readonly reschedule: DossierRule<{ readonly maxTimes: number; readonly noticeDays: number }>;
  /** A refusal after appraisal must be issued no later than the due instant. */
  readonly refusalWithinDeadline: DossierRule<boolean>;
  /** Paper dossiers received after this `HH:MM` are transferred at the start of the next working day. */
  readonly paperTransferCutoff: DossierRule<string>;
  /** A civil servant must sign the control slip before transfer / before returning the result. */
  readonly controlSlipSignatures: DossierRule<{
    readonly atTransfer: boolean;
    readonly atResultReceipt: boolean;
  }>;
  /** Postal delivery attempts before a result may be declared undeliverable and go back. */
  readonly undeliverableAfterAttempts: DossierRule<number>;
}

const nd61 = (article: string, clause?: string, note?: string): LegalRef => ({
  document: "Nghị định 61/2018/NĐ-CP",
  title: "Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
  article,
  ...(clause === undefined ? {} : { clause }),
  issued: "2018-04-23",
  verified: true,
  ...(note === undefined ? {} : { note }),
});

const officers: ReadonlyArray<ActorRole> = ["oneStopOfficer"];
const agency: ReadonlyArray<ActorRole> = ["specialist", "agencyLeader", "clerk", "system"];

/**
 * The national baseline rulebook (Nghị định 61/2018/NĐ-CP, Quyết định 45/2016/QĐ-TTg, Nghị định
 * 107/2021/NĐ-CP), before any province plugin.
 *
 * @example
 * ```ts
 * import { nationalDossierRules } from "@motcua/dossier";
 * nationalDossierRules.appraisalSupplementWindow.value; // 3
 * nationalDossierRules.paperTransferCutoff.value; // "15:00"
 * ```
 * @since 0.1.0
 * @category Rules
 */
export const nationalDossierRules: DossierRules = {
  roles: {
    value: {
      guided: officers,
      submitted: ["applicant", "system"],
      postalHandedOver: ["postalStaff", "oneStopOfficer"],
      "supplementRequested:receipt": officers,
      supplementReceived: ["oneStopOfficer", "specialist", "system"],
      "refused:receipt": officers,
      received: officers,
      digitised: ["oneStopOfficer", "clerk"],
      transferred: ["oneStopOfficer", "system"],
      "controlSlipSigned:transfer": ["oneStopOfficer", "centreDirector"],
      assigned: ["agencyLeader", "clerk"],
      "supplementRequested:appraisal": ["specialist", "agencyLeader"],
      interAgencySent: agency,
      interAgencyReturned: agency,
      financialObligationRequested: ["specialist", "agencyLeader", "system"],
      financialObligationMet: ["oneStopOfficer", "specialist", "system"],
      rescheduled: ["agencyLeader"],
      stopped: ["agencyLeader"],
      withdrawn: ["applicant"],
      resolved: ["agencyLeader"],
      "refused:appraisal": ["agencyLeader"],
      resultReady: ["oneStopOfficer", "clerk", "specialist", "system"],
      "controlSlipSigned:resultReceipt": ["oneStopOfficer", "centreDirector"],
      "resultReturned:counter": officers,
      "resultReturned:postal": ["postalStaff"],
      "resultReturned:online": ["oneStopOfficer", "system"],
      resultUndeliverable: ["postalStaff"],
    },
    legalRef: nd61(
      "17–20",
      undefined,
      "Receipt and return by the one-stop (Art. 17, 20), appraisal and decision by the competent agency (Art. 19).",
    ),
  },
  postalStaff: {
    value: {
      replace: [
        "guided",
        "received",
        "supplementRequested:receipt",
        "refused:receipt",
        "supplementReceived",
        "digitised",
        "transferred",
        "resultReady",
        "resultReturned:counter",
      ],
      support: ["guided"],
      supportOnlyAtLevels: [],
    },
    legalRef: {
      document: "Nghị định 107/2021/NĐ-CP",
      title: "Sửa đổi, bổ sung Nghị định 61/2018/NĐ-CP",
      verified: false,
      note: "Postal staff may guide, receive, digitise, transfer and return results (DOMAIN.md §1; article not read). Vĩnh Phúc's plan lists the same tasks (seed 002_3dbcea63c5a39460.txt).",
    },
  },
  supplementLimit: {
    value: 1,
    legalRef: nd61("15", "3", "Ask for supplements once, listing everything missing (also Art. 11.2.c)."),
  },
  appraisalSupplementWindow: {
    value: 3,
    legalRef: nd61(
      "19",
      undefined,
      "Incomplete dossier: returned with reasons within 3 working days of receipt.",
    ),
  },
  reschedule: {
    value: { maxTimes: 1, noticeDays: 1 },
    legalRef: nd61(
      "19",
      undefined,
      "Late: apology and new date at least 1 day before the due date; re-appointment at most once.",
    ),
  },
  refusalWithinDeadline: {
    value: true,
    legalRef: nd61("19", undefined, "Refusal after appraisal is issued within the deadline."),
  },
  paperTransferCutoff: {
    value: "15:00",
    legalRef: nd61(
      "18",
      undefined,
      "Paper dossiers: same working day, or the start of the next working day if received after 15:00.",
    ),
  },
  controlSlipSignatures: {
    value: { atTransfer: false, atResultReceipt: false },
    legalRef: {
      document: "Thông tư 01/2018/TT-VPCP",
      title: "Hướng dẫn thi hành Nghị định 61/2018/NĐ-CP",
      form: "05",
      verified: false,
      note: "National form: the process control slip records each hand-off; no extra civil-servant signature. Form number as in DOMAIN.md §4 (form 06 under Thông tư 03/2025, unverified).",
    },
  },
  undeliverableAfterAttempts: {
    value: 2,
    legalRef: {
      document: "Quyết định 45/2016/QĐ-TTg",
      title: "Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích",
      issued: "2016-10-19",
      verified: true,
      note: "Undeliverable after 2 invitations, 2 working days apart → back to the agency (DOMAIN.md §5).",
    },
  },
};

const rule = <S extends z.ZodType>(value: S) => z.object({ value, legalRef: LegalRefSchema }).strict();
const actionSchema = z.enum(DOSSIER_ACTIONS as [DossierAction, ...DossierAction[]]);
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Zod schema of {@link DossierRules}, for plugins and rulebooks read from files.
 *
 * @example
 * ```ts
 * import { DossierRulesSchema, nationalDossierRules } from "@motcua/dossier";
 * DossierRulesSchema.safeParse(nationalDossierRules).success; // true
 * ```
 * @since 0.1.0
 * @category Rules
 */
export const DossierRulesSchema = z
  .object({
    roles: rule(z.record(actionSchema, z.array(ActorRoleSchema))),
    postalStaff: rule(
      z
        .object({
          replace: z.array(actionSchema),
          support: z.array(actionSchema),
          supportOnlyAtLevels: z.array(LevelSchema),
        })
        .strict(),
    ),
    supplementLimit: rule(z.number().int().min(0).max(100)),
    appraisalSupplementWindow: rule(z.number().int().min(0).max(3650)),
    reschedule: rule(
      z
        .object({ maxTimes: z.number().int().min(0).max(100), noticeDays: z.number().int().min(0).max(3650) })
        .strict(),
    ),
    refusalWithinDeadline: rule(z.boolean()),
    paperTransferCutoff: rule(z.string().regex(HHMM)),
    controlSlipSignatures: rule(z.object({ atTransfer: z.boolean(), atResultReceipt: z.boolean() }).strict()),
    undeliverableAfterAttempts: rule(z.number().int().min(1).max(100)),
  })
  .strict();
