/**
 * The staffing plan's input and output types.
 *
 * @module
 */
import { LevelSchema, type LegalRef, type Level } from "@motcua/core";
import * as z from "zod";
import type { NormValue, Qualification } from "./staffingSlot";

const count = z.number().finite();

/**
 * Zod schema of a {@link StaffingInput}: domains must be unique.
 *
 * @example
 * ```ts
 * import { StaffingInputSchema } from "@motcua/staffing";
 * StaffingInputSchema.parse({ level: "district", volumes: [{ domain: "Tư pháp", dossiersPerDay: 30 }] });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const StaffingInputSchema = z
  .object({
    /** The office planned for. */
    officeId: z.string().min(1).optional(),
    /** Its level (selects the civil-servants-freed reference). */
    level: z.optional(LevelSchema),
    /** Daily volumes per domain handled by postal staff. */
    volumes: z
      .array(
        z
          .object({
            /** Domain (lĩnh vực). */
            domain: z.string().min(1),
            /** Dossiers received per working day. */
            dossiersPerDay: count,
            /** Guidance contacts per day (default: one per dossier). */
            guidancePerDay: count.optional(),
            /** Results returned per day (default: one per dossier). */
            returnsPerDay: count.optional(),
            /** Average pages digitised per dossier (needed by the activity-time model). */
            pagesPerDossier: count.optional(),
          })
          .strict(),
      )
      .min(1)
      .refine((v) => new Set(v.map((x) => x.domain)).size === v.length, {
        message: "duplicate domain ¦ trùng lĩnh vực",
      }),
    /**
     * Employees on duty the office has been given (a plan's staff list: «số Kế hoạch yêu cầu»), since
     * 0.2.0: one more need, so the plan sizes the reserve, the pool and the qualifications even when
     * the rulebook has no sizing norm; with norms the largest need is still required.
     */
    staffOnDuty: z.number().int().min(1).max(100_000).optional(),
    /** Civil servants now at the counter for these domains (they are freed by a `replace` handover). */
    civilServantsAtCounter: z.number().int().min(0).optional(),
    /** Candidates and their qualification ids, to check against the norms' qualifications. */
    candidates: z
      .array(z.object({ id: z.string().min(1), qualifications: z.array(z.string().min(1)) }).strict())
      .optional(),
  })
  .strict();

/**
 * What an office handles per day, and optionally who could staff it.
 *
 * @example
 * ```ts
 * import type { StaffingInput } from "@motcua/staffing";
 * const input: StaffingInput = { level: "district", volumes: [{ domain: "Tư pháp", dossiersPerDay: 30, pagesPerDossier: 6 }] };
 * ```
 * @since 0.1.0
 * @category Plan
 */
export type StaffingInput = z.input<typeof StaffingInputSchema>;

/**
 * One line of a plan's explanation: a quantity, its value, why, and the norms behind it.
 *
 * @example
 * ```ts
 * import { planStaffing, type PlanLine, type StaffingRules } from "@motcua/staffing";
 * const ref = { document: "Kế hoạch 41/KH-UBND", verified: true };
 * const rules: StaffingRules = { domainsPerEmployee: { value: { min: 1, max: 3 }, legalRef: ref, verified: true } };
 * const plan = planStaffing({ volumes: [{ domain: "x", dossiersPerDay: 60 }] }, rules);
 * const line: PlanLine | undefined = plan.explanation.find((l) => l.quantity === "byThroughput"); // value 4
 * ```
 * @since 0.1.0
 * @category Plan
 */
export interface PlanLine {
  /** Machine name: `dossiersPerDay`, `byCapacity`, `workloadCap`, `byCoverage`, `byActivityTime`, `required`, `pool`, … */
  readonly quantity: string;
  /** The number (or text) computed. */
  readonly value: number | string;
  /** How it was computed, in Vietnamese. */
  readonly vi: string;
  /** How it was computed, in English. */
  readonly en: string;
  /** The sources of the norms used. */
  readonly sources: ReadonlyArray<LegalRef>;
  /** `false` as soon as one norm used is unverified. */
  readonly verified: boolean;
}

/**
 * Staff needed by one criterion.
 *
 * @example
 * ```ts
 * import { planStaffing, type StaffNeed, type StaffingRules } from "@motcua/staffing";
 * const ref = { document: "Kế hoạch 41/KH-UBND", verified: true };
 * const rules: StaffingRules = { domainsPerEmployee: { value: { min: 1, max: 3 }, legalRef: ref, verified: true } };
 * const need: StaffNeed | undefined = planStaffing({ volumes: [{ domain: "x", dossiersPerDay: 60 }] },
 *   rules).needs.coverage; // { staff: 1, … }
 * ```
 * @since 0.1.0
 * @category Plan
 */
export interface StaffNeed {
  /** Employees needed. */
  readonly staff: number;
  /** The norms used. */
  readonly norms: ReadonlyArray<NormValue>;
}

/**
 * A staffing plan for one office.
 *
 * @example
 * ```ts
 * import { planStaffing, type StaffingPlan, type StaffingRules } from "@motcua/staffing";
 * const ref = { document: "Kế hoạch 41/KH-UBND", verified: true };
 * const rules: StaffingRules = { domainsPerEmployee: { value: { min: 1, max: 3 }, legalRef: ref, verified: true } };
 * const plan: StaffingPlan = planStaffing({ volumes: [{ domain: "x", dossiersPerDay: 60 }] }, rules);
 * plan.pool; // 5
 * ```
 * @since 0.1.0
 * @category Plan
 */
export interface StaffingPlan {
  /** The plugins that supplied the rules used, lowest layer first (empty for a hand-written slice). */
  readonly plugins: ReadonlyArray<string>;
  /** The office, if given. */
  readonly officeId?: string;
  /** The level, if given. */
  readonly level?: Level;
  /** Total dossiers per day. */
  readonly dossiersPerDay: number;
  /** Domains handled. */
  readonly domains: number;
  /** Needs by criterion (only those the rules allow). */
  readonly needs: {
    readonly capacity?: StaffNeed;
    readonly coverage?: StaffNeed;
    readonly activityTime?: StaffNeed & { readonly minutesPerDay: number };
    /** The staff on duty the input gives (`staffOnDuty`; no norm; since 0.2.0). */
    readonly given?: StaffNeed;
  };
  /**
   * The minimum workload (`staffing.minimumWorkload`): each employee must receive at least so many
   * dossiers a day, so at most `⌊dossiers ÷ min⌋` employees (`⌊dossiers ÷ max⌋` at the band's
   * strict end). `met` is `false` when fewer staff than `required` would be needed to give each
   * their minimum: the volume is too low, and `required` (coverage or one at the counter) binds.
   */
  readonly workload?: {
    readonly maxStaff: number;
    readonly maxStaffAtStrictEnd?: number;
    readonly met: boolean;
    readonly norms: ReadonlyArray<NormValue>;
  };
  /** The staff range the rules allow: `min` = `required`, `max` = the workload cap (when there is one). */
  readonly range: { readonly min: number; readonly max?: number };
  /** Employees required on duty: the largest need (at least one). */
  readonly required: number;
  /** The criterion that set `required`. */
  readonly drivenBy: "capacity" | "coverage" | "activityTime" | "given" | "minimum";
  /** Spare employees. */
  readonly reserve: number;
  /** Employees to select: `required + reserve`. */
  readonly pool: number;
  /** Qualifications every employee needs, with their source. */
  readonly qualifications: ReadonlyArray<
    Qualification & { readonly source: LegalRef; readonly verified: boolean }
  >;
  /** Candidates lacking a qualification, and whether enough qualify for the pool (when candidates are given). */
  readonly candidates?: {
    readonly qualified: number;
    readonly lacking: ReadonlyArray<{ readonly id: string; readonly lacks: ReadonlyArray<string> }>;
    readonly enough: boolean;
  };
  /** Civil servants freed (given) and the observed reference for the level (if any). */
  readonly civilServantsFreed?: {
    readonly atCounter?: number;
    readonly reference?: { readonly min: NormValue; readonly max: NormValue };
  };
  /** Which rule drove each number. */
  readonly explanation: ReadonlyArray<PlanLine>;
}
