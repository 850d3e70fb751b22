/**
 * The dossier event vocabulary: a dossier is its list of events (event sourcing). Every event has
 * an `id`, the instant `at` it happened and the `actor` who did it.
 *
 * | event | meaning | source |
 * |---|---|---|
 * | `submitted` | the applicant files the dossier (counter, post, online) | NĐ 61/2018 Art. 15 |
 * | `guided` | guidance given (hướng dẫn) | NĐ 61/2018 Art. 15 |
 * | `postalHandedOver` | the postman and the agency sign the handover record: the dossier counts as submitted from here | QĐ 45/2016; TT 17/2017 |
 * | `supplementRequested` | form 02: everything missing, listed once (`receipt`) or after appraisal within 3 working days (`appraisal`) | NĐ 61/2018 Art. 11.2.c, 15.3, 19 |
 * | `supplementReceived` | the complete supplement arrives | NĐ 61/2018 Art. 19 |
 * | `refused` | form 03 at receipt, or refusal after appraisal | NĐ 61/2018 Art. 17, 19 |
 * | `received` | form 01 issued with a dossier code: the valid-receipt instant, the clock starts | NĐ 61/2018 Art. 17, 26 |
 * | `digitised` | the paper dossier is scanned into the one-stop system | NĐ 61/2018 Art. 17; NĐ 107/2021 |
 * | `transferred` | sent to the competent agency (paper after 15:00 → next working morning) | NĐ 61/2018 Art. 18 |
 * | `forwarded` | from 1/7/2025, a centre that received a dossier of another unit of the province forwards it to the competent unit `toUnit` (`paper` as for a transfer) | NĐ 118/2025 Art. 14, 20 (unverified) |
 * | `assigned` | the agency assigns a specialist | NĐ 61/2018 Art. 19 |
 * | `interAgencySent` / `interAgencyReturned` | liên thông: sent to / back from a participating agency | NĐ 61/2018 Art. 21 |
 * | `financialObligationRequested` / `financialObligationMet` | fees, taxes awaited / paid | deployed practice |
 * | `rescheduled` | form 04: apology and one new appointment, at least 1 day before the due date | NĐ 61/2018 Art. 19 |
 * | `stopped` | processing stopped (dừng giải quyết) | TT 03/2025 form 05 (unverified) |
 * | `withdrawn` | the applicant withdraws (rút hồ sơ) | deployed practice |
 * | `resolved` | the agency decides: `approved` or `refused` (with reasons, within the deadline) | NĐ 61/2018 Art. 19 |
 * | `resultReady` | the result is at the one-stop, ready to return: the agency's clock ends | NĐ 61/2018 Art. 20 |
 * | `resultReturned` | the result is handed to the applicant (counter, post, online) | NĐ 61/2018 Art. 20 |
 * | `resultUndeliverable` | the post could not deliver after 2 invitations, 2 working days apart | QĐ 45/2016 |
 * | `controlSlipSigned` | a civil servant signs the process control slip at `transfer` or `resultReceipt` | NĐ 61/2018; TT 01/2018 form 05 (TT 03/2025 form 06 from 1/7/2025) |
 *
 * @module
 */
import * as z from "zod/mini";
import { ActorSchema } from "./Actor";
import { ChannelSchema } from "./Channel";
import { InstantSchema } from "./Instant";

const base = {
  /** Event id, unique within the dossier. */
  id: z.string().check(z.minLength(1)),
  /** When it happened: ISO 8601 with offset or epoch ms on input, epoch ms after parsing. */
  at: InstantSchema,
  /** Who did it. */
  actor: ActorSchema,
};

const reason = z.string().check(z.minLength(1));

/**
 * Zod schema of a {@link DossierEvent}; parsing turns `at` (and `newDueAt`) into epoch ms.
 *
 * @example
 * ```ts
 * import { DossierEventSchema } from "@motcua/core";
 * const e = DossierEventSchema.parse({ id: "e1", type: "received", at: "2026-02-12T09:00:00+07:00",
 *   actor: { role: "postalStaff" }, dossierCode: "000.00.01.H23-260212-0001" });
 * e.at; // 1770861600000
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const DossierEventSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...base, type: z.literal("submitted"), channel: ChannelSchema }),
  z.strictObject({ ...base, type: z.literal("guided") }),
  z.strictObject({ ...base, type: z.literal("postalHandedOver") }),
  z.strictObject({
    ...base,
    type: z.literal("supplementRequested"),
    stage: z.enum(["receipt", "appraisal"]),
    items: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  }),
  z.strictObject({ ...base, type: z.literal("supplementReceived") }),
  z.strictObject({ ...base, type: z.literal("refused"), stage: z.enum(["receipt", "appraisal"]), reason }),
  z.strictObject({ ...base, type: z.literal("received"), dossierCode: z.string().check(z.minLength(1)) }),
  z.strictObject({ ...base, type: z.literal("digitised"), pages: z.optional(z.int().check(z.minimum(0))) }),
  z.strictObject({ ...base, type: z.literal("transferred"), paper: z._default(z.boolean(), false) }),
  z.strictObject({
    ...base,
    type: z.literal("forwarded"),
    /** The competent unit the dossier is forwarded to (the procedure's `competentUnit`). */
    toUnit: z.string().check(z.minLength(1)),
    paper: z._default(z.boolean(), false),
  }),
  z.strictObject({ ...base, type: z.literal("assigned"), assignee: z.string().check(z.minLength(1)) }),
  z.strictObject({
    ...base,
    type: z.literal("interAgencySent"),
    agencies: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    mode: z.enum(["sequential", "parallel"]),
  }),
  z.strictObject({
    ...base,
    type: z.literal("interAgencyReturned"),
    agency: z.string().check(z.minLength(1)),
  }),
  z.strictObject({
    ...base,
    type: z.literal("financialObligationRequested"),
    amount: z.optional(z.number().check(z.minimum(0))),
  }),
  z.strictObject({ ...base, type: z.literal("financialObligationMet") }),
  z.strictObject({ ...base, type: z.literal("rescheduled"), newDueAt: InstantSchema, reason }),
  z.strictObject({ ...base, type: z.literal("stopped"), reason }),
  z.strictObject({ ...base, type: z.literal("withdrawn"), reason: z.optional(reason) }),
  z.strictObject({
    ...base,
    type: z.literal("resolved"),
    decision: z.enum(["approved", "refused"]),
    reason: z.optional(reason),
  }),
  z.strictObject({ ...base, type: z.literal("resultReady") }),
  z.strictObject({ ...base, type: z.literal("resultReturned"), via: ChannelSchema }),
  z.strictObject({ ...base, type: z.literal("resultUndeliverable"), attempts: z.int().check(z.minimum(1)) }),
  z.strictObject({
    ...base,
    type: z.literal("controlSlipSigned"),
    stage: z.enum(["transfer", "resultReceipt"]),
  }),
]);

/**
 * One thing that happened to a dossier (parsed: `at` is epoch ms).
 *
 * @since 0.1.0
 * @category Dossier events
 */
export type DossierEvent = z.output<typeof DossierEventSchema>;

/**
 * A dossier event as callers write it (`at` as ISO string or epoch ms).
 *
 * @since 0.1.0
 * @category Dossier events
 */
export type DossierEventInput = z.input<typeof DossierEventSchema>;

/**
 * The event type names.
 *
 * @since 0.1.0
 * @category Dossier events
 */
export type DossierEventType = DossierEvent["type"];

/**
 * Every event type name, in lifecycle order.
 *
 * @example
 * ```ts
 * import { DOSSIER_EVENT_TYPES } from "@motcua/core";
 * DOSSIER_EVENT_TYPES.includes("received"); // true
 * ```
 * @since 0.1.0
 * @category Dossier events
 */
export const DOSSIER_EVENT_TYPES: ReadonlyArray<DossierEventType> = DossierEventSchema.def.options.map(
  (o) => o.shape.type.def.values[0]!,
);
