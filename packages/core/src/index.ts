/**
 * The shared vocabulary of motcua: legal references, validity periods, civil dates and instants
 * (Vietnam, UTC+7), levels, offices, procedures, actors, channels, dossier events and the bilingual
 * {@link MotcuaError}.
 *
 * @packageDocumentation
 * @module @motcua/core
 */
export * from "./MotcuaError";
export * from "./Result";
export * from "./attempt";
export * from "./decode";
export * from "./previewValue";
export * from "./guardFunction";
export * from "./closestMatch";
export * from "./CivilDate";
export * from "./Instant";
export * from "./LegalRef";
export * from "./Validity";
export * from "./Level";
export * from "./Channel";
export * from "./Actor";
export * from "./Office";
export * from "./Procedure";
export * from "./DossierEvent";
export * from "./HandoverRegister";
export * from "./RuleSlot";
export * from "./RuleSlice";
export * from "./SliceReader";
