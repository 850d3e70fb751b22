/**
 * Submission and return channels: at the counter, by post (BCCI), online, and VNeID.
 *
 * @module
 */
import * as z from "zod/mini";

/**
 * Zod schema of a {@link Channel}.
 *
 * @example
 * ```ts
 * import { ChannelSchema } from "@motcua/core";
 * ChannelSchema.parse("postal");
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ChannelSchema = z.enum(["counter", "postal", "online", "vneid"]);

/**
 * How a dossier arrives or a result leaves: `counter` (trực tiếp), `postal` (qua dịch vụ bưu
 * chính công ích), `online` (trực tuyến, the national public-service portal), `vneid` (the
 * national identity app, added by Nghị định 367/2025/NĐ-CP; whether a rulebook accepts it on a
 * date is its `permissions.channels` rule).
 *
 * @since 0.1.0
 * @category Channels
 */
export type Channel = z.output<typeof ChannelSchema>;

/**
 * Channel codes used by deployed one-stop software and statistics: 1 in person, 2 online, 3 postal.
 * VNeID has no code of its own in what was read: it is an electronic filing, so it takes the online
 * code 2 (a reading, unverified), as Biểu 06 counts it in its online column.
 *
 * @example
 * ```ts
 * import { CHANNEL_CODES } from "@motcua/core";
 * CHANNEL_CODES.postal; // 3
 * ```
 * @since 0.1.0
 * @category Channels
 */
export const CHANNEL_CODES: Readonly<Record<Channel, 1 | 2 | 3>> = {
  counter: 1,
  online: 2,
  postal: 3,
  vneid: 2,
};
