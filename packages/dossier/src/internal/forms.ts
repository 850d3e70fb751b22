/**
 * Reading the `forms` slice through core's one slice reader: a form the rulebook lacks is
 * `RULE_MISSING` naming `forms.<key>` (the stop notice before 1/7/2025), a malformed one
 * `DOSSIER_INVALID_OPTIONS`.
 */
import { isMotcuaError, MotcuaError, sliceReader, type ErrorPath, type LegalRef } from "@motcua/core";
import { formsSlot, type FormKey } from "../formsSlot";

const read = sliceReader("forms", formsSlot, "DOSSIER_INVALID_OPTIONS");

/**
 * The dossier-code rule of the `forms` slice and its legal reference; the reader's coded error
 * (`RULE_MISSING` naming `forms.dossierCode`) otherwise.
 */
export const dossierCodeRuleOf = (forms: unknown, path: ErrorPath = ["forms"]): LegalRef => {
  try {
    return read.required(read.slice(forms, path), "dossierCode", path).legalRef;
  } catch (error) {
    if (isMotcuaError(error)) throw error;
    throw new MotcuaError({
      code: "DOSSIER_INVALID_OPTIONS",
      path: [...path, "dossierCode"],
      en: "forms.dossierCode cannot be read",
      vi: "Không đọc được forms.dossierCode",
    });
  }
};

/**
 * The header a printed form carries (`FormHeader` of the public forms): the number and names the
 * `forms` slice gives `key`, and that rule's legal reference; the reader's coded error otherwise.
 */
export const headerOf = (
  forms: unknown,
  key: FormKey,
  path: ErrorPath = ["forms"],
): { form: string; formName: string; formNameEn: string; legalRef: LegalRef } => {
  try {
    const rule = read.required(read.slice(forms, path), key, path);
    return {
      form: rule.value.number,
      formName: rule.value.name,
      formNameEn: rule.value.nameEn,
      legalRef: rule.legalRef,
    };
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
