/**
 * Vĩnh Phúc's one-stop rules as a motcua plugin: postal staff at the counter from 4/2025
 * (Kế hoạch 60/KH-UBND) until the merger into Phú Thọ on 1/7/2025, with rule cases.
 *
 * @packageDocumentation
 * @module @motcua/province-vinh-phuc
 */
export { vinhPhuc } from "./vinhPhuc";
export { vinhPhucCases } from "./vinhPhucCases";
export { conformanceCases } from "./conformanceCases";
