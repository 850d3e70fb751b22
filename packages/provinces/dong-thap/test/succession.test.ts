/**
 * The enlarged Đồng Tháp (Đồng Tháp + Tiền Giang from 1/7/2025, Nghị quyết 202/2025/QH15): the
 * plugin's rules come from Đồng Tháp's own pilot documents (2018–2022) and say nothing of the
 * offices of former Tiền Giang, which get the national baseline — said so in `explain`.
 */
import { describe, expect, it } from "vitest";
import { composeForProvince } from "@motcua/national";
import { definePlugin, explain, sliceOf } from "@motcua/plugin-sdk";
import { dongThap } from "@motcua/province-dong-thap";

describe("Tiền Giang → Đồng Tháp (composeForProvince of @motcua/national)", () => {
  const at = "2026-03-02T09:00:00+07:00";

  it("an office of former Đồng Tháp keeps the plugin's rules after 1/7/2025", () => {
    const book = composeForProvince({ province: "dong-thap", asOf: at, plugins: [dongThap] });
    expect(book.plugins.map((p) => p.id)).toEqual(["national", "province-dong-thap"]);
    expect(sliceOf(book, "permissions").controlSlipSignature).toBeDefined();
  });

  it("an office of former Tiền Giang in 2026 composes as Đồng Tháp with none of the plugin's rules", () => {
    const book = composeForProvince({ province: "tien-giang", asOf: at, plugins: [dongThap] });
    expect(book.jurisdiction).toEqual({ level: "province", province: "dong-thap" });
    expect(sliceOf(book, "permissions").controlSlipSignature).toBeUndefined();
    expect(sliceOf(book, "reports").shareDecimals?.legalRef.document).not.toMatch(/Đồng Tháp/);
    const text = explain(book, "permissions.controlSlipSignature");
    expect(text).toContain("no province rules of Đồng Tháp, offices of former Tiền Giang");
    expect(book.plugins[1]?.name).toBe("Đồng Tháp, offices of former Tiền Giang");
  });

  it("before 1/7/2025 an office of Tiền Giang is Tiền Giang: no Đồng Tháp rule either", () => {
    const book = composeForProvince({ province: "tien-giang", asOf: "2024-06-03", plugins: [dongThap] });
    expect(book.jurisdiction).toEqual({ level: "province", province: "tien-giang" });
    expect(sliceOf(book, "permissions").controlSlipSignature).toBeUndefined();
  });

  it("a plugin of the merged province that lists former Tiền Giang in its territory reaches those offices", () => {
    const merged = definePlugin({
      ...dongThap,
      jurisdiction: { level: "province", province: "dong-thap", territory: ["dong-thap", "tien-giang"] },
      rules: {
        permissions: {
          communePostalRole: { value: "support", legalRef: { document: "test", verified: false } },
        },
      },
    });
    const book = composeForProvince({ province: "tien-giang", asOf: at, plugins: [merged] });
    expect(sliceOf(book, "permissions").communePostalRole?.value).toBe("support");
  });
});
