/**
 * The dossier lifecycle of Vietnamese one-stop (Một cửa) counters, including those run by the
 * public postal service: the xstate statechart, actor permissions (handover register, support-only
 * levels, control-slip signatures), a fast replay compiled from the chart, the dossier code and the
 * forms as data.
 *
 * @packageDocumentation
 * @module @motcua/dossier
 */
export * from "./DossierAction";
export * from "./DossierCalendar";
export * from "./DossierRules";
export * from "./permissionsSlot";
export * from "./formsSlot";
export * from "./DossierSnapshot";
export * from "./dossierMachine";
export * from "./replay";
export * from "./can";
export * from "./DossierCode";
export * from "./DossierForms";
export * from "./ControlSlip";
export * from "./TrackingLedger";
export * from "./toMermaid";
export type { DossierContext, DossierEnv } from "./internal/model";
export { safeParseDossierEvents } from "./safe";
