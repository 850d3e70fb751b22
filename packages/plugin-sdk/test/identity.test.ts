/**
 * Plugins and errors are recognised by a registered brand (`Symbol.for`), not by a private WeakSet
 * or `instanceof`: a plugin made by another copy of the SDK (a CommonJS build, a second install) and
 * an error thrown by another copy of core are accepted. A second copy is a second module instance,
 * loaded here with a query suffix; the published ESM/CJS builds are checked the same way by the
 * outside-the-monorepo test.
 */
import { describe, expect, it } from "vitest";
import { isMotcuaError, MotcuaError } from "@motcua/core";
import { composeRulebook, definePlugin, loadPlugin } from "@motcua/plugin-sdk";
import type * as CoreErrorModuleNs from "../../core/src/MotcuaError";
import type * as SdkModuleNs from "../src/definePlugin";

type SdkModule = typeof SdkModuleNs;
type CoreErrorModule = typeof CoreErrorModuleNs;

const copyOf = async <T>(path: string): Promise<T> =>
  (await import(/* @vite-ignore */ `${new URL(path, import.meta.url).href}?second-copy`)) as T;

const ref = { document: "Kế hoạch 1/KH-UBND", verified: true } as const;
const input = {
  id: "national",
  name: "Quốc gia",
  version: "1.0.0",
  jurisdiction: { level: "national" },
  legalBasis: [ref],
  rules: { sla: { paperTransferCutoff: { value: "15:00", legalRef: ref } } },
} as const;

describe("identity across copies", () => {
  it("a plugin defined by another copy of the SDK composes and loads in this one", async () => {
    const other = await copyOf<SdkModule>("../src/definePlugin.ts");
    expect(other.definePlugin).not.toBe(definePlugin); // really a second module instance
    const plugin = other.definePlugin(input as never);
    const book = composeRulebook([plugin], { asOf: "2024-01-02" });
    expect(book.rules.get("sla.paperTransferCutoff")?.value).toBe("15:00");
    expect(loadPlugin(plugin)).toBe(plugin);
    // and the reverse: this copy's plugin in the other copy's loader
    const mine = definePlugin(input as never);
    expect(other.loadPlugin(mine)).toBe(mine);
  });

  it("the brand is not an enumerable field: a JSON copy of a plugin is re-validated, not trusted", () => {
    const plugin = definePlugin(input as never);
    expect(Object.keys(plugin)).not.toContain("brand");
    const copy = JSON.parse(JSON.stringify(plugin)) as unknown;
    expect(() => composeRulebook([copy as never], { asOf: "2024-01-02" })).toThrow();
  });

  it("an error thrown by another copy of core is a MotcuaError here, and the reverse", async () => {
    const other = await copyOf<CoreErrorModule>("../../core/src/MotcuaError.ts");
    expect(other.MotcuaError).not.toBe(MotcuaError);
    const foreign = new other.MotcuaError({ code: "X_CODE", vi: "lỗi", en: "error" });
    expect(foreign instanceof MotcuaError).toBe(false); // why instanceof is not used
    expect(isMotcuaError(foreign)).toBe(true);
    expect(isMotcuaError(foreign, "X_CODE")).toBe(true);
    expect(isMotcuaError(foreign, "Y_CODE")).toBe(false);
    expect(other.isMotcuaError(new MotcuaError({ code: "X_CODE", vi: "lỗi", en: "error" }))).toBe(true);
    expect(isMotcuaError({ code: "X_CODE", vi: "lỗi", en: "error" })).toBe(false);
    expect(isMotcuaError(new Error("x"))).toBe(false);
  });
});
