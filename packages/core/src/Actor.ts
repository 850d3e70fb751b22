/**
 * Actors: who does something to a dossier or a handover.
 *
 * @module
 */
import * as z from "zod/mini";

/**
 * Zod schema of an {@link ActorRole}.
 *
 * @example
 * ```ts
 * import { ActorRoleSchema } from "@motcua/core";
 * ActorRoleSchema.parse("postalStaff");
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ActorRoleSchema = z.enum([
  "applicant",
  "postalStaff",
  "oneStopOfficer",
  "specialist",
  "agencyLeader",
  "clerk",
  "centreDirector",
  "departmentDirector",
  "steeringBoard",
  "provincialPeoplesCommittee",
  "provincialOffice",
  "districtChairman",
  "communeChairman",
  "postOfficeLeader",
  "system",
]);

/**
 * A role an actor plays.
 *
 * | role | Vietnamese |
 * |---|---|
 * | `applicant` | tổ chức, cá nhân nộp hồ sơ |
 * | `postalStaff` | nhân viên bưu điện (BCCI) |
 * | `oneStopOfficer` | công chức, viên chức Bộ phận Một cửa |
 * | `specialist` | chuyên viên xử lý hồ sơ |
 * | `agencyLeader` | lãnh đạo cơ quan có thẩm quyền |
 * | `clerk` | văn thư |
 * | `centreDirector` | Giám đốc Trung tâm Phục vụ HCC |
 * | `departmentDirector` | Giám đốc Sở |
 * | `steeringBoard` | Ban Chỉ đạo |
 * | `provincialPeoplesCommittee` | UBND tỉnh |
 * | `provincialOffice` | Văn phòng UBND tỉnh |
 * | `districtChairman` | Chủ tịch UBND cấp huyện |
 * | `communeChairman` | Chủ tịch UBND cấp xã |
 * | `postOfficeLeader` | lãnh đạo Bưu điện |
 * | `system` | hệ thống một cửa điện tử |
 *
 * @since 0.1.0
 * @category Actors
 */
export type ActorRole = z.output<typeof ActorRoleSchema>;

/**
 * Zod schema of an {@link Actor}.
 *
 * @example
 * ```ts
 * import { ActorSchema } from "@motcua/core";
 * ActorSchema.parse({ role: "postalStaff", id: "bd-001", officeId: "HT-HCC" });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ActorSchema = z.strictObject({
  /** The role played. */
  role: ActorRoleSchema,
  /** Person or account id. */
  id: z.optional(z.string().check(z.minLength(1))),
  /** Office (one-stop unit or agency) the actor acts for. */
  officeId: z.optional(z.string().check(z.minLength(1))),
});

/**
 * Someone (or the system) acting on a dossier.
 *
 * @since 0.1.0
 * @category Actors
 */
export type Actor = z.output<typeof ActorSchema>;
