/**
 * Đồng Tháp's rule cases in the `RuleTester` format, each citing the 2022 review by line.
 *
 * @module
 */
import type { RuleTesterCases } from "@motcua/plugin-sdk";

/** The 2022 review, before the lines a case cites. */
const REVIEW =
  "Báo cáo sơ kết thỏa thuận hợp tác với Bưu điện Việt Nam (Văn phòng UBND tỉnh Đồng Tháp, 2022)";
/** Its legal reference. */
const review = {
  document: "Báo cáo sơ kết thỏa thuận hợp tác giữa UBND tỉnh Đồng Tháp và Bưu điện Việt Nam",
  issuer: "Văn phòng UBND tỉnh Đồng Tháp",
  issued: "2022",
  verified: true,
};

/**
 * Valid and invalid cases of the Đồng Tháp plugin, composed on the national baseline.
 *
 * @example
 * ```ts
 * import { RuleTester } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { dongThap, dongThapCases } from "@motcua/province-dong-thap";
 * new RuleTester({ base: [national] }).check(dongThap, dongThapCases).failed; // []
 * ```
 * @since 0.1.0
 * @category Cases
 */
export const dongThapCases = {
  valid: [
    {
      name: "dong-thap: a civil servant signs the control slip at transfer and at result receipt",
      asOf: "2022-06-30",
      expect: {
        "permissions.controlSlipSignature": {
          signer: "oneStopOfficer",
          at: ["transfer", "resultReceipt"],
          levels: ["province", "district"],
          checksLegality: true,
        },
      },
      suppliedBy: { "permissions.controlSlipSignature": "province-dong-thap" },
      verified: ["permissions.controlSlipSignature"],
      source: `${REVIEW}, L59`,
    },
    {
      name: "dong-thap: at commune level postal staff support and do not replace civil servants",
      asOf: "2019-01-01",
      expect: { "permissions.communePostalRole": "support" },
      source: `${REVIEW}, L53`,
    },
    {
      name: "dong-thap: national rules still apply on top (Nghị định 61/2018 Art. 19)",
      asOf: "2020-01-01",
      expect: { "sla.supplementPolicy": "restart" },
      suppliedBy: { "sla.supplementPolicy": "national" },
      source: "Nghị định 61/2018/NĐ-CP Art. 19",
    },
  ],
  invalid: [
    {
      name: "dong-thap: a control slip needs at least one signing moment",
      plugin: {
        id: "province-dong-thap",
        name: "Đồng Tháp",
        version: "0.1.0",
        jurisdiction: { level: "province", province: "dong-thap" },
        legalBasis: [review],
        rules: {
          permissions: {
            controlSlipSignature: {
              value: { signer: "oneStopOfficer", at: [], levels: ["district"], checksLegality: true },
              legalRef: review,
            },
          },
        },
      },
      errors: [
        { code: "PLUGIN_INVALID", path: ["rules", "permissions", "controlSlipSignature", "value", "at"] },
      ],
    },
    {
      name: "dong-thap: a province cannot replace a rule the baseline does not have",
      asOf: "2022-06-30",
      plugin: {
        id: "province-dong-thap",
        name: "Đồng Tháp",
        version: "0.1.0",
        jurisdiction: { level: "province", province: "dong-thap" },
        legalBasis: [review],
        rules: {
          permissions: {
            communePostalRole: {
              mode: "replace",
              value: "support",
              legalRef: review,
            },
          },
        },
      },
      errors: ["COMPOSE_OVERRIDE_WITHOUT_BASE"],
    },
  ],
} as const satisfies RuleTesterCases;
