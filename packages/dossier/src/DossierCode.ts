/**
 * The dossier code `<agency id>-<YYMMDD>-<NNNN>` (Nghị định 61/2018/NĐ-CP Art. 26; Thông tư
 * 01/2018/TT-VPCP Art. 19): the receiving unit's id, the Vietnamese date of receipt, and a counter
 * reset every day per unit.
 *
 * @module
 */
import {
  err,
  formatCivilDate,
  isMotcuaError,
  MotcuaError,
  ok,
  partsOfDayNumber,
  tryParseInstant,
  vietnamDayNumber,
  dayNumberOf,
  type CivilDate,
  type InstantInput,
  type LegalRef,
  type Result,
} from "@motcua/core";
import type { FormRules } from "./formsSlot";
import { dossierCodeRuleOf } from "./internal/forms";

/**
 * Where the dossier-code format comes from.
 *
 * @example
 * ```ts
 * import { DOSSIER_CODE_LEGAL_REF } from "@motcua/dossier";
 * DOSSIER_CODE_LEGAL_REF.article; // "26"
 * ```
 * @since 0.1.0
 * @category Dossier code
 */
export const DOSSIER_CODE_LEGAL_REF: LegalRef = {
  document: "Nghị định 61/2018/NĐ-CP; Thông tư 01/2018/TT-VPCP Điều 19",
  article: "26",
  verified: true,
  note: "Format <agency id>-<YYMMDD>-<NNNN>, counter reset daily per unit; possibly changed by Thông tư 03/2025/TT-VPCP (unverified).",
};

/**
 * A unit's daily counter: the state {@link issueDossierCode} takes and returns.
 *
 * @since 0.1.0
 * @category Dossier code
 */
export interface DossierCodeCounter {
  /** The receiving unit (agency id printed in the code). */
  readonly agencyId: string;
  /** Vietnamese day number (days since 1970-01-01) of the last code issued. */
  readonly dayNumber: number;
  /** Sequence number of the last code issued that day (1–9999). */
  readonly last: number;
}

/**
 * A parsed dossier code.
 *
 * @since 0.1.0
 * @category Dossier code
 */
export interface DossierCodeParts {
  /** The receiving unit. */
  readonly agencyId: string;
  /** Date of receipt (Vietnamese time), read as 20YY. */
  readonly date: CivilDate;
  /** Sequence number that day. */
  readonly sequence: number;
}

const AGENCY = /^\S+$/;
const CODE = /^(\S+)-(\d{2})(\d{2})(\d{2})-(\d{4})$/;
const pad = (n: number, w: number) => String(n).padStart(w, "0");

const failWith = (
  code: string,
  path: Array<string | number>,
  vi: string,
  en: string,
  data: Record<string, unknown> = {},
  rule: LegalRef = DOSSIER_CODE_LEGAL_REF,
) => new MotcuaError({ code, path, vi, en, data: { ...data, rule } });

/** A coded dossier-code error citing the national format (parsing, where no rulebook is given). */
const fail = (
  code: string,
  path: Array<string | number>,
  vi: string,
  en: string,
  data: Record<string, unknown> = {},
) => failWith(code, path, vi, en, data);

/**
 * Issues the next dossier code of a unit at an instant: the counter restarts at 0001 each
 * Vietnamese day. Pure: returns the code, the new counter (pass `undefined` for the first) and the
 * legal reference of the format. With `forms` (since 0.3.0: the rulebook's `forms` slice at the
 * receipt, `sliceOf(book, "forms")`), the format is the slice's `dossierCode` rule and the
 * reference is that rule's (the national one is dated: Nghị định 61/2018 until 30/6/2025, carried
 * over unverified under Nghị định 118/2025 after); a slice without it is `RULE_MISSING`. Without
 * `forms`, {@link DOSSIER_CODE_LEGAL_REF}.
 *
 * @example
 * ```ts
 * import { issueDossierCode } from "@motcua/dossier";
 * const a = issueDossierCode(undefined, "000.00.01.H23", "2026-02-12T09:00:00+07:00");
 * if (a.ok) {
 *   a.value.code; // "000.00.01.H23-260212-0001"
 *   const b = issueDossierCode(a.value.counter, "000.00.01.H23", "2026-02-12T09:05:00+07:00");
 *   if (b.ok) b.value.code; // "000.00.01.H23-260212-0002"
 * }
 * ```
 * @since 0.1.0
 * @category Dossier code
 */
export function issueDossierCode(
  previous: DossierCodeCounter | undefined,
  agencyId: string,
  at: InstantInput,
  forms?: FormRules,
): Result<{ readonly code: string; readonly counter: DossierCodeCounter; readonly legalRef: LegalRef }> {
  try {
    const rule = forms === undefined ? DOSSIER_CODE_LEGAL_REF : dossierCodeRuleOf(forms, ["forms"]);
    const fail = (code: string, path: Array<string | number>, vi: string, en: string, data = {}) =>
      failWith(code, path, vi, en, data, rule);
    if (typeof agencyId !== "string" || !AGENCY.test(agencyId))
      throw fail(
        "DOSSIER_CODE_INVALID_AGENCY",
        ["agencyId"],
        "Mã đơn vị không hợp lệ (không rỗng, không có dấu cách)",
        "Invalid agency id (non-empty, no spaces)",
      );
    const ms = tryParseInstant(at);
    if (ms === undefined)
      throw fail(
        "DOSSIER_CODE_INVALID_INSTANT",
        ["at"],
        "Thời điểm tiếp nhận không hợp lệ",
        "Invalid receipt instant",
      );
    const day = vietnamDayNumber(ms);
    const { year, month, day: d } = partsOfDayNumber(day);
    if (year < 2000 || year > 2099)
      throw fail(
        "DOSSIER_CODE_INVALID_INSTANT",
        ["at"],
        "Năm ngoài khoảng 2000–2099 (YY)",
        "Year outside 2000–2099 (YY)",
        { year },
      );
    let sequence = 1;
    if (previous !== undefined) {
      if (
        typeof previous !== "object" ||
        previous === null ||
        !Number.isInteger(previous.dayNumber) ||
        !Number.isInteger(previous.last)
      )
        throw fail("DOSSIER_CODE_INVALID_COUNTER", ["previous"], "Bộ đếm không hợp lệ", "Invalid counter");
      if (previous.agencyId !== agencyId)
        throw fail(
          "DOSSIER_CODE_OTHER_UNIT",
          ["previous", "agencyId"],
          "Bộ đếm thuộc đơn vị khác: mỗi đơn vị có bộ đếm riêng",
          "The counter belongs to another unit: each unit has its own",
          {
            counterAgencyId: previous.agencyId,
          },
        );
      if (day < previous.dayNumber)
        throw fail(
          "DOSSIER_CODE_CLOCK_BACKWARDS",
          ["at"],
          "Thời điểm trước ngày của mã cuối cùng đã cấp",
          "The instant is before the day of the last code issued",
        );
      if (day === previous.dayNumber) sequence = previous.last + 1;
    }
    if (sequence > 9999)
      throw fail(
        "DOSSIER_CODE_EXHAUSTED",
        ["previous", "last"],
        "Đã hết số thứ tự trong ngày (tối đa 9999)",
        "No sequence numbers left today (maximum 9999)",
      );
    const code = `${agencyId}-${pad(year % 100, 2)}${pad(month, 2)}${pad(d, 2)}-${pad(sequence, 4)}`;
    return ok({ code, counter: { agencyId, dayNumber: day, last: sequence }, legalRef: rule });
  } catch (x) {
    if (isMotcuaError(x)) return err(x);
    throw x;
  }
}

/**
 * Splits a dossier code into unit, date and sequence, or returns a coded error.
 *
 * @example
 * ```ts
 * import { parseDossierCode } from "@motcua/dossier";
 * const r = parseDossierCode("000.00.01.H23-260212-0001");
 * if (r.ok) r.value; // { agencyId: "000.00.01.H23", date: "2026-02-12", sequence: 1 }
 * ```
 * @since 0.1.0
 * @category Dossier code
 */
export function parseDossierCode(code: unknown): Result<DossierCodeParts> {
  const m = typeof code === "string" ? CODE.exec(code) : null;
  const bad = () =>
    err(
      fail(
        "DOSSIER_CODE_INVALID",
        ["code"],
        "Mã hồ sơ không đúng dạng <mã đơn vị>-<YYMMDD>-<NNNN>",
        "Dossier code is not <agency id>-<YYMMDD>-<NNNN>",
        { value: typeof code === "string" ? code : typeof code },
      ),
    );
  if (m === null) return bad();
  const year = 2000 + Number(m[2]);
  const month = Number(m[3]);
  const day = Number(m[4]);
  const sequence = Number(m[5]);
  const dn = dayNumberOf(year, month, day);
  const back = partsOfDayNumber(dn);
  if (back.month !== month || back.day !== day || sequence === 0) return bad();
  return ok({ agencyId: m[1] as string, date: formatCivilDate(year, month, day), sequence });
}
