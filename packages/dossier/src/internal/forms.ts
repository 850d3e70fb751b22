/**
 * Reading the `forms` slice through core's one slice reader: a form the rulebook lacks is
 * `RULE_MISSING` naming `forms.<key>` (the stop notice before 1/7/2025), a malformed one
 * `DOSSIER_INVALID_OPTIONS`.
 */
import { isMotcuaError, MotcuaError, sliceReader, type ErrorPath, type LegalRef } from "@motcua/core";
import { formsSlot, type FormIdentity, type FormKey } from "../formsSlot";

const read = sliceReader("forms", formsSlot, "DOSSIER_INVALID_OPTIONS");

/** A form as printed: its number, its names and the legal reference of the rule that numbers it. */
export interface PrintedForm extends FormIdentity {
  readonly legalRef: LegalRef;
}

/** The form `key` of the `forms` slice, or the reader's coded error. */
export const formOf = (forms: unknown, key: FormKey, path: ErrorPath): PrintedForm => {
  try {
    const rule = read.required(read.slice(forms, path), key, path);
    return { ...rule.value, legalRef: rule.legalRef };
  } catch (error) {
    if (isMotcuaError(error)) throw error;
    // A hostile slice (a throwing getter or proxy): said as the caller's field, never a raw throw.
    throw new MotcuaError({
      code: "DOSSIER_INVALID_OPTIONS",
      path: [...path, key],
      en: `forms.${key} cannot be read`,
      vi: `Không đọc được forms.${key}`,
    });
  }
};

/** The header every printed form carries (`FormHeader` of the public forms). */
export const headerOf = (
  forms: unknown,
  key: FormKey,
  path: ErrorPath = ["forms"],
): { form: string; formName: string; formNameEn: string; legalRef: LegalRef } => {
  const f = formOf(forms, key, path);
  return { form: f.number, formName: f.name, formNameEn: f.nameEn, legalRef: f.legalRef };
};
