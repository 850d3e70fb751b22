/**
 * Đồng Tháp's one-stop rules as a motcua plugin: handover phases 2018–2022, control-slip
 * signatures, commune support-only, with rule cases.
 *
 * @packageDocumentation
 * @module @motcua/province-dong-thap
 */
export { dongThap } from "./dongThap";
export { dongThapCases } from "./dongThapCases";
export { conformanceCases } from "./conformanceCases";
