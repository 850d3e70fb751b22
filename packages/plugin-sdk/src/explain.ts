/**
 * `explain`: the provenance of a resolved value, as text a vendor or an auditor can read.
 *
 * @module
 */
import { MotcuaError, citeLegalRef, closestMatch, type Validity } from "@motcua/core";
import { show } from "./internal/deepEqual";
import type { ResolvedRule, Rulebook } from "./composeRulebook";
import { checkRulebook } from "./internal/rulebookGuard";
import { allFixedPaths, slotKeyOf } from "./Slots";

const period = (v: Validity): string =>
  v.validFrom === undefined && v.validTo === undefined
    ? "always"
    : `${v.validFrom ?? "…"} → ${v.validTo ?? "…"}`;

/** Province and unit plugins that supply no rule at all: the baseline applies there, said plainly. */
const silent = (rulebook: Rulebook): string[] => {
  const supplying = new Set<string>();
  for (const rule of rulebook.rules.values()) for (const step of rule.provenance) supplying.add(step.plugin);
  return rulebook.plugins
    .filter((p) => p.level !== "national" && !supplying.has(p.id))
    .map((p) => `  (no province rules of ${p.name} (${p.id}) are known: the national baseline applies)`);
};

/**
 * Explains where the value at `path` (`<slot>.<key>`, e.g. `sla.paperTransferCutoff`) comes from:
 * each plugin and version that contributed, how (`define`/`extend`/`replace`/`forbid`), the legal
 * reference and its validity, and which plugin supplied the final value.
 *
 * Throws `RULEBOOK_UNKNOWN_PATH` (with the closest valid path) for a path no slot has.
 *
 * @example
 * ```ts
 * import { composeRulebook, definePlugin, explain } from "@motcua/plugin-sdk";
 * const ref = { document: "Nghị định 61/2018/NĐ-CP", article: "18", verified: true };
 * const base = definePlugin({ id: "national", name: "Quốc gia", version: "0.1.0", jurisdiction: { level: "national" },
 *   legalBasis: [ref], rules: { sla: { paperTransferCutoff: { value: "15:00", legalRef: ref } } } });
 * console.log(explain(composeRulebook([base], { asOf: "2025-03-01" }), "sla.paperTransferCutoff"));
 * // sla.paperTransferCutoff = "15:00" (as of 2025-03-01)
 * //   1. national@0.1.0 define "15:00" — Nghị định 61/2018/NĐ-CP, Điều 18 [always]
 * //   → supplied by national@0.1.0
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export function explain(rulebook: Rulebook, path: string): string {
  checkRulebook(rulebook, "explain");
  if (typeof rulebook !== "object" || rulebook === null || !(rulebook.rules instanceof Map))
    throw new MotcuaError({
      code: "RULEBOOK_INVALID",
      path: ["rulebook"],
      en: "not a rulebook (use composeRulebook)",
      vi: "không phải rulebook (dùng composeRulebook)",
    });
  if (typeof path !== "string")
    throw new MotcuaError({
      code: "RULEBOOK_UNKNOWN_PATH",
      path: ["path"],
      en: `path must be a string "<slot>.<key>", got ${show(path)}`,
      vi: `path phải là chuỗi "<slot>.<key>", nhận được ${show(path)}`,
    });
  const dot = path.indexOf(".");
  const slot = dot < 0 ? path : path.slice(0, dot);
  const key = dot < 0 ? "" : path.slice(dot + 1);
  if (key === "" || slotKeyOf(slot, key) === undefined) {
    const hint = closestMatch(path, [...allFixedPaths(), ...rulebook.rules.keys()]);
    throw new MotcuaError({
      code: "RULEBOOK_UNKNOWN_PATH",
      path: ["path"],
      en: `no slot has the path "${path}"${hint === undefined ? "" : ` — did you mean "${hint}"?`}`,
      vi: `không có đường dẫn "${path}"${hint === undefined ? "" : ` — có phải ý bạn là "${hint}"?`}`,
      data: { path, ...(hint === undefined ? {} : { suggestion: hint }) },
    });
  }
  const rule: ResolvedRule | undefined = rulebook.rules.get(path);
  const who = rulebook.plugins.map((p) => `${p.id}@${p.version}`).join(", ");
  if (rule === undefined)
    return [`${path}: no rule in force on ${rulebook.asOf} (plugins: ${who})`, ...silent(rulebook)].join(
      "\n",
    );
  const head = rule.forbidden
    ? `${path}: forbidden (as of ${rulebook.asOf})`
    : `${path} = ${show(rule.value)} (as of ${rulebook.asOf})${rule.verified ? "" : " [unverified source]"}`;
  const lines = rule.provenance.map((s, i) => {
    const contribution = s.mode === "forbid" ? "" : ` ${show(s.value)}`;
    const note = s.note === undefined ? "" : ` — ${s.note}`;
    return `  ${i + 1}. ${s.plugin}@${s.pluginVersion} ${s.mode}${contribution} — ${citeLegalRef(s.legalRef)} [${period(s.validity)}]${note}`;
  });
  const last = rule.provenance[rule.provenance.length - 1];
  const tail =
    last === undefined
      ? []
      : [`  → ${rule.forbidden ? "forbidden" : "supplied"} by ${last.plugin}@${last.pluginVersion}`];
  const succession = rulebook.succession.map((s) => `  (${s.from} ended on ${s.lastDay}; ${s.to} applies)`);
  return [head, ...lines, ...tail, ...succession, ...silent(rulebook)].join("\n");
}
