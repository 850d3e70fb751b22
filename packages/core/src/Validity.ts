/**
 * Validity periods: every rule, office and holiday is in force from one date to another.
 *
 * @module
 */
import * as z from "zod/mini";
import { CivilDateSchema, type CivilDate } from "./CivilDate";
import { bilingual } from "./decode";
import { guardFunction } from "./guardFunction";

/**
 * Zod schema of a {@link Validity}: `validTo` (inclusive) must not be before `validFrom`.
 *
 * @example
 * ```ts
 * import { ValiditySchema } from "@motcua/core";
 * ValiditySchema.safeParse({ validFrom: "2025-07-01", validTo: "2025-06-30" }).success; // false
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ValiditySchema = z
  .strictObject({
    /** First day in force (inclusive), `YYYY-MM-DD`; absent = since always. */
    validFrom: z.optional(CivilDateSchema),
    /** Last day in force (inclusive), `YYYY-MM-DD`; absent = still in force. */
    validTo: z.optional(CivilDateSchema),
  })
  .check(
    z.refine((v) => v.validFrom === undefined || v.validTo === undefined || v.validFrom <= v.validTo, {
      message: bilingual("validTo is before validFrom", "validTo trước validFrom"),
      path: ["validTo"],
    }),
  );

/**
 * A validity period, both ends inclusive civil dates (Vietnamese time).
 *
 * @since 0.1.0
 * @category Legal
 */
export type Validity = z.output<typeof ValiditySchema>;

/**
 * Tells whether a validity period covers a civil date (`YYYY-MM-DD` strings compare in order).
 *
 * @example
 * ```ts
 * import { isValidOn } from "@motcua/core";
 * isValidOn({ validTo: "2025-06-30" }, "2025-07-01"); // false
 * ```
 * @since 0.1.0
 * @category Legal
 */
export const isValidOn = guardFunction("isValidOn", (validity: Validity, date: CivilDate): boolean => {
  // A Date would be compared as text written in the host's zone: only strings are accepted.
  if (typeof date !== "string") throw new TypeError("isValidOn(validity, date): date is a YYYY-MM-DD string");
  return (
    (validity.validFrom === undefined || validity.validFrom <= date) &&
    (validity.validTo === undefined || date <= validity.validTo)
  );
});

/**
 * Tells whether two validity periods share at least one day.
 *
 * @example
 * ```ts
 * import { validitiesOverlap } from "@motcua/core";
 * validitiesOverlap({ validTo: "2025-06-30" }, { validFrom: "2025-07-01" }); // false
 * ```
 * @since 0.1.0
 * @category Legal
 */
export const validitiesOverlap = guardFunction(
  "validitiesOverlap",
  (a: Validity, b: Validity): boolean =>
    (a.validFrom === undefined || b.validTo === undefined || a.validFrom <= b.validTo) &&
    (b.validFrom === undefined || a.validTo === undefined || b.validFrom <= a.validTo),
);
