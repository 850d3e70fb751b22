/**
 * Write a province's one-stop rules as a typed plugin: {@link definePlugin} with typed slots,
 * validation with closest-key suggestions, {@link composeRulebook} (national → province → unit, with
 * `extend`/`replace`/`forbid`), provenance and {@link explain}, succession after mergers, and
 * {@link RuleTester} for valid/invalid cases; and the one door to the concept packages,
 * {@link sliceOf}: a composed rulebook's slot in the concept package's own schema, which its
 * functions read directly (`makeCalendar(sliceOf(book, "calendar"))`).
 *
 * @packageDocumentation
 * @module @motcua/plugin-sdk
 */
export {
  slotKey,
  ClockTimeSchema,
  RangeSchema,
  type SlotKey,
  type SlotDefinition,
  type Range,
} from "@motcua/core";
export { calendarSlot } from "@motcua/calendar";
export { proceduresSlot } from "./procedureSlot";
export { slaSlot, PostalTransitTargetSchema, type PostalTransitTarget } from "@motcua/sla";
export {
  permissionsSlot,
  formsSlot,
  FormIdentitySchema,
  type FormIdentity,
  CounterTaskSchema,
  ControlSlipSignatureSchema,
  type CounterTask,
  type ControlSlipSignature,
} from "@motcua/dossier";
export {
  SLOTS,
  type SlotName,
  type FixedSlotName,
  type SlotKeyName,
  type SlotKeySchema,
  type SlotValue,
  type SlotInput,
} from "./Slots";
export type { RuleMode, RuleMeta, RuleInput, RuleEntry, Extension, PluginRule } from "./Rule";
export {
  definePlugin,
  loadPlugin,
  safeLoadPlugin,
  MAX_RULE_VERSIONS,
  JurisdictionSchema,
  type Jurisdiction,
  type PluginRules,
  type PluginInput,
  type Plugin,
  type Succession,
} from "./definePlugin";
export {
  composeRulebook,
  type Rulebook,
  type ResolvedRule,
  type ProvenanceStep,
  type SuccessionRecord,
  type ComposeOptions,
} from "./composeRulebook";
export { getRule, ruleValue } from "./readRule";
export { sliceOf, type SlotSlice } from "./sliceOf";
export { explain } from "./explain";
export {
  RuleTester,
  ValidCaseSchema,
  InvalidCaseSchema,
  type TestHook,
  type ValidCase,
  type InvalidCase,
  type RuleTesterCases,
  type RuleTesterReport,
} from "./RuleTester";
export { safeComposeRulebook } from "./safe";
