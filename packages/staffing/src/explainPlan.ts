/**
 * `explainPlan`: a staffing plan as readable text, one line per number with the norm and source
 * behind it.
 *
 * @module
 */
import { citeLegalRef, decode, LegalRefSchema } from "@motcua/core";
import * as z from "zod";
import { StaffingErrorCode } from "./StaffingError";
import type { StaffingPlan } from "./StaffingPlan";

/** The part of a plan `explainPlan` reads; checked so a hand-made object fails with a code. */
const ExplainInputSchema = z.object({
  plan: z.object({
    explanation: z.array(
      z.object({
        quantity: z.string(),
        value: z.union([z.string(), z.number()]),
        vi: z.string(),
        en: z.string(),
        sources: z.array(LegalRefSchema),
        verified: z.boolean(),
      }),
    ),
  }),
  lang: z.enum(["vi", "en"]),
});

/**
 * Writes a plan's explanation as text, in Vietnamese (`"vi"`, default) or English (`"en"`): each
 * number, how it was computed, and its sources; unverified norms are flagged `[chưa xác minh]`.
 * Anything that is not a plan (or another language) is refused with `STAFFING_INVALID_INPUT`.
 *
 * @example
 * ```ts
 * import { explainPlan, planStaffing, type StaffingRules } from "@motcua/staffing";
 * const ref = { document: "Kế hoạch 1/KH-UBND", verified: true };
 * const rules: StaffingRules = { capacityPerEmployee: { value: 15, legalRef: ref, verified: true } };
 * const plan = planStaffing({ volumes: [{ domain: "Tư pháp", dossiersPerDay: 60 }] }, rules);
 * console.log(explainPlan(plan, "en"));
 * // byCapacity = 4       ⌈60 ÷ 15⌉ = 4 employee(s) (each can receive 15 dossiers/day)
 * //                        ← Kế hoạch 1/KH-UBND
 * ```
 * @since 0.1.0
 * @category Plan
 */
export function explainPlan(plan: StaffingPlan, lang: "vi" | "en" = "vi"): string {
  const checked = decode(
    ExplainInputSchema,
    { plan, lang },
    { code: StaffingErrorCode.InvalidInput, label: { en: "staffing plan", vi: "Kế hoạch nhân lực" } },
  );
  return render(checked.plan.explanation, checked.lang);
}

function render(explanation: StaffingPlan["explanation"], lang: "vi" | "en"): string {
  const out: string[] = [];
  const width = Math.min(32, Math.max(0, ...explanation.map((l) => `${l.quantity} = ${l.value}`.length)));
  for (const line of explanation) {
    const head = `${line.quantity} = ${line.value}`.padEnd(width);
    const flag = line.verified ? "" : lang === "vi" ? "  [chưa xác minh]" : "  [unverified]";
    out.push(`${head}  ${lang === "vi" ? line.vi : line.en}${flag}`);
    const seen = new Set<string>();
    for (const source of line.sources) {
      const cite = citeLegalRef(source);
      if (seen.has(cite)) continue;
      seen.add(cite);
      out.push(`${" ".repeat(width)}    ← ${cite}`);
    }
  }
  return out.join("\n");
}
