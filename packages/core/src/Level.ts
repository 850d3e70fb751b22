/**
 * Administrative levels and their validity: the district level (cấp huyện) ended on 30/6/2025.
 *
 * @module
 */
import * as z from "zod/mini";
import type { CivilDate } from "./CivilDate";
import type { LegalRef } from "./LegalRef";
import { isValidOn, type Validity } from "./Validity";
import { guardFunction } from "./guardFunction";

/**
 * Zod schema of a {@link Level}.
 *
 * @example
 * ```ts
 * import { LevelSchema } from "@motcua/core";
 * LevelSchema.parse("district");
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const LevelSchema = z.enum(["ministry", "province", "district", "commune"]);

/**
 * An administrative level: Bộ/ngành, tỉnh, huyện, xã.
 *
 * @since 0.1.0
 * @category Levels
 */
export type Level = z.output<typeof LevelSchema>;

/** A level with its Vietnamese name, validity and legal basis. */
export interface LevelInfo {
  /** The level. */
  readonly level: Level;
  /** Vietnamese name. */
  readonly vi: string;
  /** English name. */
  readonly en: string;
  /** When the level exists. */
  readonly validity: Validity;
  /** Why it has that validity. */
  readonly legalRef: LegalRef;
}

const reform: LegalRef = {
  document: "Nghị quyết 202/2025/QH15; Luật Tổ chức chính quyền địa phương 2025",
  note: "District level abolished and 63 provinces merged into 34 from 1/7/2025.",
  verified: false,
};

/**
 * The four levels of Vietnamese administration with their validity periods.
 *
 * @example
 * ```ts
 * import { LEVELS } from "@motcua/core";
 * LEVELS.district.validity.validTo; // "2025-06-30"
 * ```
 * @since 0.1.0
 * @category Levels
 */
export const LEVELS: Readonly<Record<Level, LevelInfo>> = {
  ministry: { level: "ministry", vi: "Bộ, ngành", en: "ministry", validity: {}, legalRef: reform },
  province: { level: "province", vi: "cấp tỉnh", en: "province", validity: {}, legalRef: reform },
  district: {
    level: "district",
    vi: "cấp huyện",
    en: "district",
    validity: { validTo: "2025-06-30" },
    legalRef: reform,
  },
  commune: { level: "commune", vi: "cấp xã", en: "commune", validity: {}, legalRef: reform },
};

/**
 * Tells whether a level exists on a date (the district level does not from 1/7/2025).
 *
 * @example
 * ```ts
 * import { levelExistsOn } from "@motcua/core";
 * levelExistsOn("district", "2025-07-01"); // false
 * ```
 * @since 0.1.0
 * @category Levels
 */
export const levelExistsOn = guardFunction("levelExistsOn", (level: Level, date: CivilDate): boolean =>
  isValidOn(LEVELS[level].validity, date),
);
