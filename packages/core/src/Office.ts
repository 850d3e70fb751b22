/**
 * Offices and one-stop units, with validity and succession (a merged province's units point to
 * their successor; old dossiers keep their original unit).
 *
 * @module
 */
import * as z from "zod/mini";
import type { CivilDate } from "./CivilDate";
import { LegalRefSchema } from "./LegalRef";
import { LevelSchema } from "./Level";
import { MotcuaError } from "./MotcuaError";
import { isValidOn, ValiditySchema } from "./Validity";
import { guardFunction } from "./guardFunction";

/**
 * Zod schema of an {@link OfficeKind}.
 *
 * @example
 * ```ts
 * import { OfficeKindSchema } from "@motcua/core";
 * OfficeKindSchema.parse("communeCulturalPostOffice");
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const OfficeKindSchema = z.enum([
  "publicServiceCentre",
  "oneStopUnit",
  "agency",
  "postOffice",
  "communeCulturalPostOffice",
]);

/**
 * What an office is: Trung tâm Phục vụ HCC, Bộ phận Một cửa, cơ quan chuyên môn, bưu cục,
 * Bưu điện văn hóa xã.
 *
 * @since 0.1.0
 * @category Offices
 */
export type OfficeKind = z.output<typeof OfficeKindSchema>;

/**
 * Zod schema of an {@link Office}.
 *
 * @example
 * ```ts
 * import { OfficeSchema } from "@motcua/core";
 * OfficeSchema.parse({ id: "A-HCC", name: "Trung tâm Phục vụ HCC tỉnh A", kind: "publicServiceCentre",
 *   level: "province", province: "tinh-a", validity: { validTo: "2025-06-30" }, successorId: "B-HCC" });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const OfficeSchema = z.strictObject({
  /** Stable id; also the agency id in dossier codes. */
  id: z.string().check(z.minLength(1)),
  /** Official Vietnamese name. */
  name: z.string().check(z.minLength(1)),
  /** What kind of office. */
  kind: OfficeKindSchema,
  /** Administrative level. */
  level: LevelSchema,
  /** Province slug, e.g. `tinh-a`. */
  province: z.string().check(z.minLength(1)),
  /** When the office exists. */
  validity: z._default(ValiditySchema, {}),
  /** The office that took over its work when it ended. */
  successorId: z.optional(z.string().check(z.minLength(1))),
  /** Legal basis of its existence or succession. */
  legalRef: z.optional(LegalRefSchema),
});

/**
 * An office: one-stop unit, public-service centre, agency or post office.
 *
 * @since 0.1.0
 * @category Offices
 */
export type Office = z.output<typeof OfficeSchema>;

/** Code when following a succession chain loops or breaks. */
export const OFFICE_SUCCESSION_BROKEN = "OFFICE_SUCCESSION_BROKEN";

/**
 * The office in charge on a date: the office itself while valid, else its successor (followed
 * transitively). Throws {@link OFFICE_SUCCESSION_BROKEN} on a loop or a missing successor.
 *
 * @example
 * ```ts
 * import { resolveSuccessor, type Office } from "@motcua/core";
 * const offices: Office[] = [
 *   { id: "A", name: "HCC tỉnh A", kind: "publicServiceCentre", level: "province", province: "tinh-a",
 *     validity: { validTo: "2025-06-30" }, successorId: "B" },
 *   { id: "B", name: "HCC tỉnh B", kind: "publicServiceCentre", level: "province", province: "tinh-b", validity: {} },
 * ];
 * resolveSuccessor(offices, "A", "2025-07-01").id; // "B"
 * ```
 * @since 0.1.0
 * @category Offices
 */
export const resolveSuccessor = guardFunction(
  "resolveSuccessor",
  function resolveSuccessor(offices: ReadonlyArray<Office>, id: string, date: CivilDate): Office {
    // A Date would be written into the message in the host's zone: only YYYY-MM-DD strings.
    if (typeof date !== "string") throw new TypeError("resolveSuccessor: date is a YYYY-MM-DD string");
    const byId = new Map(offices.map((o) => [o.id, o]));
    const seen = new Set<string>();
    let current = byId.get(id);
    while (current !== undefined && !isValidOn(current.validity, date)) {
      if (seen.has(current.id) || current.successorId === undefined) break;
      seen.add(current.id);
      current = byId.get(current.successorId);
    }
    if (current === undefined || !isValidOn(current.validity, date)) {
      throw new MotcuaError({
        code: OFFICE_SUCCESSION_BROKEN,
        path: ["offices", id],
        vi: `Không tìm được đơn vị kế thừa của "${id}" còn hiệu lực ngày ${date}`,
        en: `No successor of office "${id}" is in force on ${date}`,
        data: { id, date },
      });
    }
    return current;
  },
  { offices: "array", id: "any", date: "string" },
);
