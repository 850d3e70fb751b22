/**
 * The jurisdiction check: whose rules an office of a province answers by on a date — the 63
 * provinces until 30/6/2025, the 34 from 1/7/2025 with their predecessors (Nghị quyết
 * 202/2025/QH15), and the plugins the run knows.
 *
 * @module
 */
import { MotcuaError } from "@motcua/core";
import type { Rulebook } from "@motcua/plugin-sdk";
import * as z from "zod";
import { ADAPTER_CHECK_UNSUPPORTED } from "../adapterProtocol";
import { defineCheck, type Check } from "../Check";
import { required } from "../internal/fields";

/** Whether a plugin other than the national one supplies at least one rule. */
const provinceRulesKnown = (book: Rulebook): boolean => {
  const national = new Set(book.plugins.filter((p) => p.level === "national").map((p) => p.id));
  for (const rule of book.rules.values())
    if (rule.provenance.some((step) => !national.has(step.plugin))) return true;
  return false;
};

/**
 * The jurisdiction check.
 *
 * - `jurisdiction.province` — input `{ province, asOf }` (a province slug of either era such as
 *   `vinh-phuc` or `phu-tho`, and a date or instant), output `{ province, provinceRulesKnown,
 *   succession }`: the province whose rulebook applies (`phu-tho` for a former Vĩnh Phúc office
 *   after 30/6/2025), whether any province rule is known for that office, and the successions
 *   recorded (`[{ from, to, lastDay }]`, plugin ids). An unknown slug is `NATIONAL_UNKNOWN_PROVINCE`.
 *
 * @example
 * ```ts
 * import { jurisdictionChecks } from "@motcua/conformance";
 * jurisdictionChecks.map((c) => c.id); // ["jurisdiction.province"]
 * ```
 * @since 0.3.0
 * @category Checks
 */
export const jurisdictionChecks: ReadonlyArray<Check> = [
  defineCheck({
    id: "jurisdiction.province",
    summary: "Whose rules an office of a province answers by on a date (succession, known province rules).",
    input: z.strictObject({ province: required(), asOf: required() }),
    outputKeys: ["province", "provinceRulesKnown", "succession"],
    run: ({ province, asOf }, rulebook) => {
      if (rulebook.forProvince === undefined)
        throw new MotcuaError({
          code: ADAPTER_CHECK_UNSUPPORTED,
          vi: "Bộ quy tắc này không trả lời theo tỉnh",
          en: "This rulebook does not answer by province",
        });
      const book = rulebook.forProvince(province as string, asOf as string);
      return {
        province: book.jurisdiction.level === "national" ? null : book.jurisdiction.province,
        provinceRulesKnown: provinceRulesKnown(book),
        succession: book.succession.map((s) => ({ from: s.from, to: s.to, lastDay: s.lastDay })),
      };
    },
  }),
];
