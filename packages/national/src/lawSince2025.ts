/**
 * The law since 1/7/2025 as far as it could be read: each document with what is confirmed of it
 * and what is not. The rules built on them cite these entries; this table lists them in one place
 * (docs/legal-sources.md renders it).
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";
import { CALENDAR_SOURCES } from "./calendarRules";
import { FORM_SOURCES } from "./formRules";
import { PROVINCES_2025_SOURCE } from "./jurisdictions";
import { NATIONAL_SOURCES } from "./sources";

/**
 * The documents of the one-stop law since 1/7/2025, with their confidence (`verified: false`
 * wherever the text itself was not read).
 *
 * @example
 * ```ts
 * import { LAW_SINCE_2025 } from "@motcua/national";
 * LAW_SINCE_2025.nd367.document; // "Nghị định 367/2025/NĐ-CP"
 * LAW_SINCE_2025.nd367.verified; // false
 * ```
 * @since 0.3.0
 * @category Sources
 */
export const LAW_SINCE_2025 = Object.freeze({
  nd118: NATIONAL_SOURCES.nd118,
  nd367: Object.freeze({
    document: "Nghị định 367/2025/NĐ-CP",
    issued: "2025-12-31",
    verified: false,
    note: "Amends Nghị định 118/2025; adds VNeID as a channel; after it the city People's Council decides a one-level centre with branches. Its start date was not read; its content comes from press summaries.",
  }),
  tt03_2025: FORM_SOURCES.tt03_2025,
  nq202_2025: PROVINCES_2025_SOURCE,
  cd96_2025: Object.freeze({
    document: "Công điện 96/CĐ-TTg",
    issued: "2025-06-26",
    verified: false,
    note: "Provinces hand counter work to the postal service by People's Committee decisions under it (e.g. Lâm Đồng QĐ 1256): who approves is a province plugin rule, with no national default. Reported, not read.",
  }),
  ct24: Object.freeze({
    document: "Chỉ thị 24/CT-TTg",
    verified: false,
    note: "Stopped paper intake for 25 essential services from 1/10/2025. Reported, not read; not encoded as a rule (the service list was not read).",
  }),
  cv7216_2025: Object.freeze({
    document: "Công văn 7216/VPCP-KSTT",
    verified: false,
    note: "In August 2025, 32 provinces had 3,139 commune public-administration service centres. Reported figure, not a rule.",
  }),
  cultureDay: CALENDAR_SOURCES.cultureDay,
} satisfies Record<string, LegalRef>);
