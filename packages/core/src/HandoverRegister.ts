/**
 * The handover register: which office's counter work for which procedures is operated by postal
 * staff (BCCI) rather than civil servants, since when and under which decision. Written by
 * `@motcua/handover`, read by `@motcua/dossier`'s permission checks.
 *
 * @module
 */
import * as z from "zod/mini";
import type { CivilDate } from "./CivilDate";
import { CivilDateSchema } from "./CivilDate";
import { LegalRefSchema } from "./LegalRef";
import { guardFunction } from "./guardFunction";

/**
 * Zod schema of a {@link HandoverScope}.
 *
 * @example
 * ```ts
 * import { HandoverScopeSchema } from "@motcua/core";
 * HandoverScopeSchema.parse({ kind: "domain", domain: "Tư pháp" });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const HandoverScopeSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("procedures"),
    codes: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  }),
  z.strictObject({ kind: z.literal("domain"), domain: z.string().check(z.minLength(1)) }),
  z.strictObject({ kind: z.literal("department"), agencyId: z.string().check(z.minLength(1)) }),
  z.strictObject({ kind: z.literal("all") }),
]);

/**
 * What was handed over: a list of procedures, a domain (lĩnh vực), all procedures of a department
 * (competent agency), or everything the office handles.
 *
 * @since 0.1.0
 * @category Handover register
 */
export type HandoverScope = z.output<typeof HandoverScopeSchema>;

/**
 * Zod schema of a {@link HandoverEntry}.
 *
 * @example
 * ```ts
 * import { HandoverEntrySchema } from "@motcua/core";
 * HandoverEntrySchema.parse({ officeId: "HCC-TINH", scope: { kind: "department", agencyId: "STC" },
 *   mode: "replace", since: "2021-02-22",
 *   decision: { document: "Quyết định 45/2016/QĐ-TTg", issuer: "Thủ tướng Chính phủ", issued: "2016-10-19",
 *     verified: true } });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const HandoverEntrySchema = z.strictObject({
  /** The one-stop unit or HCC centre. */
  officeId: z.string().check(z.minLength(1)),
  /** What was handed over. */
  scope: HandoverScopeSchema,
  /**
   * `replace`: postal staff do the counter work and civil servants are withdrawn;
   * `support`: postal staff only support (guidance, online-service help, pickup/return) and civil
   * servants keep receiving (as some provinces' pilots do at commune level).
   */
  mode: z.enum(["replace", "support"]),
  /** First day operated this way. */
  since: CivilDateSchema,
  /** Last day operated this way (inclusive), if it ended. */
  until: z.optional(CivilDateSchema),
  /** The decision or plan that made it so. */
  decision: LegalRefSchema,
});

/**
 * One line of the handover register.
 *
 * @since 0.1.0
 * @category Handover register
 */
export type HandoverEntry = z.output<typeof HandoverEntrySchema>;

/**
 * The handover register: every (office × scope) operated by postal staff, with dates and decisions.
 *
 * @since 0.1.0
 * @category Handover register
 */
export type HandoverRegister = ReadonlyArray<HandoverEntry>;

/** What a register lookup is about. */
export interface HandoverQuery {
  /** The office where the counter work happens. */
  readonly officeId: string;
  /** The procedure's national code. */
  readonly procedureCode: string;
  /** The procedure's domain (lĩnh vực), if known. */
  readonly domain?: string | undefined;
  /** The procedure's competent agency, if known. */
  readonly competentAgency?: string | undefined;
  /** The Vietnamese civil date of the action. */
  readonly date: CivilDate;
}

const covers = (scope: HandoverScope, q: HandoverQuery): boolean => {
  switch (scope.kind) {
    case "all":
      return true;
    case "procedures":
      return scope.codes.includes(q.procedureCode);
    case "domain":
      return q.domain !== undefined && scope.domain === q.domain;
    case "department":
      return q.competentAgency !== undefined && scope.agencyId === q.competentAgency;
  }
};

/**
 * Finds the register entry that governs a procedure at an office on a date, or `undefined` when
 * civil servants operate it. When several entries match, `replace` wins over `support`, then the
 * most recent `since`.
 *
 * @example
 * ```ts
 * import { findHandover, type HandoverRegister } from "@motcua/core";
 * const register: HandoverRegister = [{ officeId: "HT-HCC", scope: { kind: "domain", domain: "Tài chính" },
 *   mode: "replace", since: "2021-02-22", decision: { document: "Kế hoạch 41/KH-UBND", verified: true } }];
 * findHandover(register, { officeId: "HT-HCC", procedureCode: "1.005", domain: "Tài chính", date: "2021-03-01" })?.mode; // "replace"
 * ```
 * @since 0.1.0
 * @category Handover register
 */
export const findHandover = guardFunction(
  "findHandover",
  function findHandover(register: HandoverRegister, query: HandoverQuery): HandoverEntry | undefined {
    let best: HandoverEntry | undefined;
    for (const entry of register) {
      if (entry.officeId !== query.officeId || entry.since > query.date) continue;
      if (entry.until !== undefined && entry.until < query.date) continue;
      if (!covers(entry.scope, query)) continue;
      if (
        best === undefined ||
        (entry.mode === "replace" && best.mode === "support") ||
        (entry.mode === best.mode && entry.since > best.since)
      )
        best = entry;
    }
    return best;
  },
);
