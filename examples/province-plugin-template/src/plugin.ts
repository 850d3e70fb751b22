/**
 * TEMPLATE — a province plugin for a FICTIONAL province ("Tỉnh Mẫu", id `province-mau`), ready to
 * copy. Every value below is a placeholder: well-formed, composable, passing the conformance suite,
 * but NOT a real rule. Each one carries `verified: false` and a `TEMPLATE_NOTE` saying so. Replace
 * each value with your province's own, cite the document that sets it (number, issuer, date,
 * article or clause, or its lines) and set `verified: true` only when you read that text.
 *
 * What it shows, one rule of each kind a province usually needs:
 *
 * | path | mode | what |
 * |---|---|---|
 * | `calendar.officeHours` | `replace` | the province's own sessions (07:30–11:30, 13:00–17:00) from 2026 |
 * | `calendar.localDaysOff` | `define` | one local day off (Mon 5/10/2026) |
 * | `procedures.MAU.000001` | `define` | a catalogue entry with the province's processing time (the national plugin has no catalogue yet; use `replace` once a lower layer defines the code) |
 * | `handover.provinceAuthority`, `handover.communeAuthority` | `define` | who approves handing counter work to postal staff, from 2026 |
 * | `permissions.communePostalRole` | `define` | postal staff only support at commune level |
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";
import { definePlugin } from "@motcua/plugin-sdk";

/** Said by every placeholder, so nobody mistakes it for a real rule. */
export const TEMPLATE_NOTE =
  "TEMPLATE PLACEHOLDER (fictional province): replace with your province's rule and source";

/**
 * The (fictional) plan the template's rules rest on. Replace with your province's plan or decision:
 * `document`, `issuer`, `issued`, `article`/`clause`, and `lines` (`"L40-L52"`) when the text has no
 * finer numbering.
 */
const plan = (clause?: string, note?: string): LegalRef => ({
  document: "Kế hoạch 00/KH-UBND (MẪU — hư cấu)",
  title: "Kế hoạch chuyển giao nhiệm vụ hành chính công qua dịch vụ bưu chính công ích (văn bản mẫu)",
  issued: "2025-12-15",
  ...(clause === undefined ? {} : { clause }),
  verified: false,
  note: note === undefined ? TEMPLATE_NOTE : `${TEMPLATE_NOTE}. ${note}`,
});

/** The template's rules start with its (fictional) plan year. */
const FROM = "2026-01-01";

/** The procedure code of the template's catalogue entry: clearly not a national code. */
export const TEMPLATE_PROCEDURE_CODE = "MAU.000001";

/**
 * The template plugin: `province-mau` (answers to `mau` too). Compose it on `@motcua/national`.
 *
 * @example
 * ```ts
 * import { composeRulebook, ruleValue } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { plugin } from "./plugin";
 * const book = composeRulebook([national, plugin], { asOf: "2026-03-02" });
 * ruleValue(book, "calendar", "officeHours")?.[0]?.sessions[0]; // { start: "07:30", end: "11:30" }
 * ```
 */
export const plugin = definePlugin({
  id: "province-mau",
  name: "Tỉnh Mẫu (MẪU — tỉnh hư cấu, không phải quy định thật)",
  version: "0.1.0",
  jurisdiction: { level: "province", province: "mau" },
  legalBasis: [plan()],
  rules: {
    calendar: {
      // Province office hours (giờ làm việc). `replace`: the national plugin has default sessions.
      officeHours: {
        mode: "replace",
        value: [
          {
            sessions: [
              { start: "07:30", end: "11:30" },
              { start: "13:00", end: "17:00" },
            ],
          },
        ],
        legalRef: plan("II.1", "Office hours 07:30–11:30, 13:00–17:00 are invented."),
        validity: { validFrom: FROM },
      },
      // A province's own day off. `define`: the national plugin has none. A local day off gives no
      // compensatory day (no source says so) — list every date explicitly.
      localDaysOff: {
        value: [{ date: "2026-10-05", name: "Ngày nghỉ địa phương (MẪU — hư cấu)" }],
        legalRef: plan("II.2", "The day off on Monday 5/10/2026 is invented."),
        validity: { validFrom: FROM },
      },
    },
    procedures: {
      // The province's catalogue entry for a procedure (processing time, channels). The national
      // plugin has no catalogue, so this is `define`; where a lower layer already has the code,
      // write `mode: "replace"` (or `extend` to change only some fields).
      [TEMPLATE_PROCEDURE_CODE]: {
        value: {
          code: TEMPLATE_PROCEDURE_CODE,
          name: "Thủ tục mẫu (MẪU — hư cấu)",
          domain: "Lĩnh vực mẫu",
          level: "province",
          processingTime: { amount: 3, unit: "workingDays" },
          channels: ["counter", "postal", "online"],
        },
        legalRef: plan("II.3", "The procedure and its 3-working-day time limit are invented."),
        validity: { validFrom: FROM },
      },
    },
    handover: {
      // Who approves withdrawing civil servants from the counter, by level and period: the schema is
      // @motcua/handover's own (`handoverSlot`). The real Hà Tĩnh and Vĩnh Phúc plugins show the
      // patterns of their plans. The district level ended on 30/6/2025.
      authorities: {
        value: [
          {
            id: "template/province",
            level: "province",
            validity: { validFrom: FROM },
            mode: "replace",
            steps: [
              { duty: "propose", party: "departmentDirector", legalRef: plan("III.1", "Invented.") },
              { duty: "liaise", party: "departmentLiaison", legalRef: plan("III.1", "Invented.") },
              { duty: "agree", party: "centreDirector", legalRef: plan("III.1", "Invented.") },
              { duty: "decide", party: "provincialPeoplesCommittee", legalRef: plan("III.1", "Invented.") },
            ],
            legalRef: plan(
              "III.1",
              "Department director proposes, agreed with the HCC centre director; UBND tỉnh decides (the pattern of Kế hoạch 60/KH-UBND of Vĩnh Phúc, 19/03/2025, L51-L52).",
            ),
          },
          {
            id: "template/commune-centre",
            level: "commune",
            validity: { validFrom: FROM },
            mode: "support",
            steps: [{ duty: "decide", party: "communeChairman", legalRef: plan("III.2", "Invented.") }],
            legalRef: plan(
              "III.2",
              "Who approves at commune HCC centres after 1/7/2025 is not in Nghị định 118/2025/NĐ-CP as read; this answer is invented.",
            ),
          },
        ],
        legalRef: plan("III", "Invented approval procedure."),
        validity: { validFrom: FROM },
      },
      learning: {
        value: { minMonths: 1, untilProficient: true },
        legalRef: plan("III.4", "Invented: one month, or earlier when proficient."),
        validity: { validFrom: FROM },
      },
    },
    permissions: {
      communePostalRole: {
        value: "support",
        legalRef: plan(
          "III.3",
          "Postal staff support commune civil servants without replacing them (the pattern of Đồng Tháp's 2022 review, L53).",
        ),
        validity: { validFrom: FROM },
      },
    },
  },
});

export default plugin;

/**
 * The template's own conformance cases (`cases/`), as paths relative to this module:
 * `motcua-conformance run --plugin ./src/plugin.ts` (or `./dist/plugin.js` once built) runs them
 * with the national cases. Keep the `cases/` folder in your package's `files` when you publish.
 *
 * @example
 * ```ts
 * import { conformanceCases } from "./plugin";
 * conformanceCases; // ["../cases"]
 * ```
 */
export const conformanceCases: ReadonlyArray<string> = ["../cases"];
