/**
 * Hà Tĩnh's one-stop rules as a motcua plugin: the postal handover pilot, phase II
 * (Kế hoạch 41/KH-UBND, 2021), approval authorities, exceptions and staffing, with rule cases.
 *
 * @packageDocumentation
 * @module @motcua/province-ha-tinh
 */
export { haTinh } from "./haTinh";
export { haTinhCases } from "./haTinhCases";
export { conformanceCases } from "./conformanceCases";
