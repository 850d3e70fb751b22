import { isMotcuaError, type MotcuaError } from "@motcua/core";
import { definePlugin, type PluginInput } from "@motcua/plugin-sdk";

/** Nghị định 61/2018/NĐ-CP Art. 18 (DOMAIN.md §4.3): paper transfer cut-off 15:00. */
export const art18 = { document: "Nghị định 61/2018/NĐ-CP", article: "18", verified: true } as const;
/** Nghị định 61/2018/NĐ-CP Art. 19 (DOMAIN.md §4.4): supplement restarts the clock. */
export const art19 = { document: "Nghị định 61/2018/NĐ-CP", article: "19", verified: true } as const;
export const kh41 = {
  document: "Kế hoạch 41/KH-UBND",
  issuer: "UBND tỉnh Hà Tĩnh",
  issued: "2021-02-18",
  lines: "L231",
  verified: true,
} as const;
export const practice = {
  document: "Thực tiễn phần mềm một cửa",
  verified: false,
  note: "deployed practice",
} as const;

export const nationalInput = {
  id: "national",
  name: "Quốc gia",
  version: "1.0.0",
  jurisdiction: { level: "national" },
  legalBasis: [art18],
  rules: {
    sla: {
      paperTransferCutoff: { value: "15:00", legalRef: art18 },
      supplementPolicy: [
        { value: "restart", legalRef: art19, validity: { validTo: "2025-06-30" } },
        {
          value: "restart",
          legalRef: { ...art19, document: "Nghị định 118/2025/NĐ-CP", verified: false },
          validity: { validFrom: "2025-07-01" },
        },
      ],
      reschedulesMax: { value: 1, legalRef: art19, final: true },
    },
    calendar: {
      officeHours: {
        value: [
          {
            sessions: [
              { start: "07:00", end: "11:30" },
              { start: "13:30", end: "17:00" },
            ],
          },
        ],
        legalRef: practice,
      },
      localDaysOff: { value: [], legalRef: practice },
    },
    permissions: {
      postalCounterTasks: {
        value: ["guide", "receive", "digitise", "transfer", "returnResult"],
        legalRef: { document: "Nghị định 107/2021/NĐ-CP", verified: true },
      },
    },
    procedures: {
      "1.000001": {
        value: { code: "1.000001", name: "Thủ tục mẫu", processingTime: { amount: 5, unit: "workingDays" } },
        legalRef: practice,
      },
    },
  },
} satisfies PluginInput;

export const national = definePlugin(nationalInput);

export const provinceInput = {
  id: "province-demo",
  name: "Tỉnh mẫu",
  version: "0.2.0",
  jurisdiction: { level: "province", province: "demo" },
  legalBasis: [kh41],
  rules: {
    sla: {
      paperTransferCutoff: {
        mode: "replace",
        value: "16:00",
        legalRef: kh41,
        validity: { validFrom: "2021-02-22", validTo: "2021-09-30" },
      },
    },
    calendar: {
      officeHours: {
        mode: "extend",
        value: [{ sessions: [{ start: "07:00", end: "11:00" }], seasons: [], validFrom: "2021-05-01" }],
        legalRef: kh41,
      },
      localDaysOff: {
        mode: "extend",
        value: [{ date: "2021-05-19", name: "Ngày nghỉ mẫu" }],
        legalRef: kh41,
      },
    },
    permissions: { postalCounterTasks: { mode: "forbid", legalRef: kh41 } },
    procedures: {
      "1.000001": {
        mode: "extend",
        value: { processingTime: { amount: 3, unit: "workingDays" } },
        legalRef: kh41,
      },
    },
  },
} satisfies PluginInput;

export const province = definePlugin(provinceInput);

/** The coded error `f` throws (anything else, or no throw, fails the test). */
export const thrown = (f: () => unknown): MotcuaError => {
  try {
    f();
  } catch (e) {
    if (isMotcuaError(e)) return e;
    throw e;
  }
  throw new Error("expected a throw");
};
