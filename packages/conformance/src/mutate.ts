/**
 * Measuring the suite's power on a plugin (mutation testing): change one rule of the plugin under
 * test at a time — shift a number or a clock time, flip a boolean, drop, duplicate or reorder a
 * list item — rerun the suite and report each change no case noticed (a survivor), with the rule's
 * path. "Do our cases actually pin our rules?" is answered by the kill score.
 *
 * @module
 */
import type { MotcuaError, SlotDefinition, SlotKey } from "@motcua/core";
import { safeLoadPlugin, SLOTS, type Plugin } from "@motcua/plugin-sdk";
import { Effect } from "effect";
import type { CheckRegistry } from "./Check";
import { pluginRulebookProvider } from "./pluginRulebookProvider";
import { runConformance } from "./runConformance";

/**
 * One single-rule change and what the suite made of it.
 *
 * @since 0.2.0
 * @category Mutation
 */
export interface MutantResult {
  /** The rule changed: `<slot>.<key>` and, inside its value, where (`sla.paperTransferCutoff`, `calendar.officeHours.sessions[0].start`). */
  readonly path: string;
  /** Which version of the rule (0 for the first). */
  readonly version: number;
  /** What was changed, e.g. `15:00 → 15:30`. */
  readonly change: string;
  /**
   * `killed`: some case failed; `survived`: every case still passed; `invalid`: the plugin SDK
   * refuses the changed plugin (not counted); `equivalent`: the change cannot alter any answer —
   * the rule's slot key says no motcua function reads it or the part changed (`unread`,
   * `unreadAt`), or reads its lists, or the list changed, as sets (`unordered`, `unorderedAt`) and
   * the change only reorders a list or repeats one of its members (not counted, not run; since
   * 0.2.0).
   */
  readonly outcome: "killed" | "survived" | "invalid" | "equivalent";
  /** The first failing case, why the change is invalid, or why it is equivalent. */
  readonly detail?: string;
}

/**
 * The result of {@link mutatePlugin}.
 *
 * @since 0.2.0
 * @category Mutation
 */
export interface MutationReport {
  /** The plugin mutated. */
  readonly plugin: string;
  /** Every mutant tried, in rule order. */
  readonly mutants: ReadonlyArray<MutantResult>;
  /** Killed mutants. */
  readonly killed: number;
  /** Surviving mutants. */
  readonly survived: number;
  /** Equivalent mutants (no answer can change; not counted in the score). */
  readonly equivalent: number;
  /** Mutants the plugin SDK refuses (not counted in the score). */
  readonly invalid: number;
  /** killed / (killed + survived), or 1 when there were none. */
  readonly score: number;
}

/**
 * What {@link mutatePlugin} runs.
 *
 * @since 0.2.0
 * @category Mutation
 */
export interface MutateOptions {
  /** The plugin to mutate (it must be in `plugins`, by id). */
  readonly plugin: Plugin;
  /** Every plugin the rulebook needs. */
  readonly plugins: ReadonlyArray<Plugin>;
  /** The rulebook under test (plugin ids in order). */
  readonly rulebook: ReadonlyArray<string>;
  /** Case files or folders. */
  readonly cases: ReadonlyArray<string>;
  /** The checks. */
  readonly checks: CheckRegistry;
  /** At most this many mutants (in rule order; default all). */
  readonly max?: number;
  /** Only rules whose path this keeps. */
  readonly select?: (path: string) => boolean;
}

interface Change {
  readonly at: string;
  readonly change: string;
  readonly value: unknown;
  /** The change only reorders a list or repeats one of its members. */
  readonly setPreserving?: boolean;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const show = (v: unknown): string => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

/** Single changes of a value: numbers ±1, clock times ±30 min, booleans flipped, list items dropped, duplicated, reversed. */
function changesOf(value: unknown, at: string, depth = 0): ReadonlyArray<Change> {
  if (typeof value === "number" && Number.isFinite(value)) {
    const out: Change[] = [{ at, change: `${value} → ${value + 1}`, value: value + 1 }];
    if (value >= 1) out.push({ at, change: `${value} → ${value - 1}`, value: value - 1 });
    return out;
  }
  if (typeof value === "boolean") return [{ at, change: `${value} → ${!value}`, value: !value }];
  if (typeof value === "string") {
    const m = CLOCK.exec(value);
    if (m === null) return [];
    const minutes = Number(m[1]) * 60 + Number(m[2]);
    const clock = (t: number) =>
      `${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
    return [minutes + 30, minutes - 30]
      .filter((t) => t >= 0 && t < 24 * 60)
      .map((t) => ({ at, change: `${value} → ${clock(t)}`, value: clock(t) }));
  }
  if (depth > 4 || typeof value !== "object" || value === null) return [];
  if (Array.isArray(value)) {
    const out: Change[] = [];
    if (value.length > 0) {
      out.push({ at, change: `drop ${show(value[0])}`, value: value.slice(1) });
      out.push({
        at,
        change: `add a copy of ${show(value[0])}`,
        value: [...value, value[0]],
        setPreserving: true,
      });
    }
    if (value.length > 1) {
      out.push({ at, change: `drop ${show(value.at(-1))}`, value: value.slice(0, -1) });
      out.push({ at, change: "reverse the order", value: [...value].reverse(), setPreserving: true });
    }
    value.forEach((item, i) => {
      for (const c of changesOf(item, `${at}[${i}]`, depth + 1))
        out.push({ ...c, value: value.map((x, j) => (j === i ? c.value : x)) });
    });
    return out;
  }
  const record = value as Record<string, unknown>;
  return Object.keys(record).flatMap((key) =>
    changesOf(record[key], `${at}.${key}`, depth + 1).map((c) => ({
      ...c,
      value: { ...record, [key]: c.value },
    })),
  );
}

/** The plugin's input form (what `definePlugin` takes), with one rule version's value replaced. */
function inputOf(plugin: Plugin, replace?: { readonly index: number; readonly value: unknown }): unknown {
  const rules: Record<string, Record<string, unknown[]>> = {};
  plugin.rules.forEach((r, i) => {
    const slot = (rules[r.slot] ??= {});
    (slot[r.key] ??= []).push({
      mode: r.mode,
      legalRef: r.legalRef,
      validity: r.validity,
      ...(r.final === undefined ? {} : { final: r.final }),
      ...(r.note === undefined ? {} : { note: r.note }),
      ...(r.mode === "forbid" ? {} : { value: replace?.index === i ? replace.value : r.value }),
    });
  });
  return {
    id: plugin.id,
    name: plugin.name,
    version: plugin.version,
    jurisdiction: plugin.jurisdiction,
    validity: plugin.validity,
    legalBasis: plugin.legalBasis,
    ...(plugin.succession === undefined ? {} : { succession: plugin.succession }),
    rules,
  };
}

/** Where inside the rule's value a change is, with list indexes as `[]` (`[0].agencyIds` → `[].agencyIds`). */
const partOf = (rulePath: string, at: string): string => at.slice(rulePath.length).replace(/\[\d+\]/g, "[]");

/** Whether `part` is `within` or inside it (`.min` is within `.min`; `[].steps[]` within `[].steps`). */
const isWithin = (part: string, within: string): boolean =>
  part === within || part.startsWith(`${within}.`) || part.startsWith(`${within}[`);

/** Why a change of the rule at `slot.key` cannot alter any answer, or undefined when it may. */
function equivalence(slot: string, key: string, rulePath: string, change: Change): string | undefined {
  const slots = SLOTS as Readonly<Record<string, SlotDefinition>>;
  const s = Object.hasOwn(slots, slot) ? slots[slot] : undefined;
  const def: SlotKey | undefined = s === undefined ? undefined : (s.entry ?? s.keys[key]);
  if (def?.unread === true) return `no motcua function reads ${slot}.${key}`;
  const part = partOf(rulePath, change.at);
  const unread = def?.unreadAt?.find((p) => isWithin(part, p));
  if (unread !== undefined) return `no motcua function reads ${slot}.${key}${unread}`;
  if (def?.unordered === true && change.setPreserving === true)
    return `${slot}.${key} reads its lists as sets: order and repeated members carry no meaning`;
  if (change.setPreserving === true && def?.unorderedAt?.includes(part) === true)
    return `${slot}.${key}${part} is read as a set: order and repeated members carry no meaning`;
  return undefined;
}

/**
 * Mutates the plugin under test one rule at a time and reruns the suite on each mutant: a mutant is
 * killed when some case fails (or the rulebook refuses it), survives when every case still passes,
 * and is `invalid` (not counted) when the plugin SDK refuses the changed plugin. A change the slot
 * key declares meaningless (an `unread` rule or `unreadAt` part; reordering or repeating in an
 * `unordered` rule or an `unorderedAt` list) is `equivalent`: reported, not run, not counted.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { builtinChecks, mutatePlugin, nationalCasesDir } from "@motcua/conformance";
 * import { national } from "@motcua/national";
 * const report = await Effect.runPromise(mutatePlugin({
 *   plugin: national, plugins: [national], rulebook: ["national"], cases: [nationalCasesDir()],
 *   checks: builtinChecks, max: 10,
 * }));
 * console.log(report.score, report.mutants.filter((m) => m.outcome === "survived"));
 * ```
 * @since 0.2.0
 * @category Mutation
 */
export const mutatePlugin = (options: MutateOptions): Effect.Effect<MutationReport, MotcuaError> =>
  Effect.gen(function* () {
    const { plugin } = options;
    const todo: Array<{
      index: number;
      version: number;
      path: string;
      change: Change;
      equivalent: string | undefined;
    }> = [];
    plugin.rules.forEach((rule, index) => {
      if (rule.mode === "forbid" || (options.select !== undefined && !options.select(rule.path))) return;
      for (const change of changesOf(rule.value, rule.path))
        todo.push({
          index,
          version: rule.version,
          path: change.at,
          change,
          equivalent: equivalence(rule.slot, rule.key, rule.path, change),
        });
    });
    const mutants: MutantResult[] = [];
    for (const m of todo.slice(0, options.max ?? todo.length)) {
      const base = { path: m.path, version: m.version, change: m.change.change };
      const loaded = safeLoadPlugin(inputOf(plugin, { index: m.index, value: m.change.value }));
      if (!loaded.ok) {
        mutants.push({ ...base, outcome: "invalid", detail: `${loaded.error.code}: ${loaded.error.en}` });
        continue;
      }
      if (m.equivalent !== undefined) {
        mutants.push({ ...base, outcome: "equivalent", detail: m.equivalent });
        continue;
      }
      const plugins = options.plugins.map((p) => (p.id === plugin.id ? loaded.value : p));
      const run = yield* Effect.result(
        runConformance({
          cases: options.cases,
          checks: options.checks,
          provider: pluginRulebookProvider(plugins),
          rulebook: options.rulebook,
          bail: true,
        }),
      );
      if (run._tag === "Failure") {
        mutants.push({ ...base, outcome: "killed", detail: `${run.failure.code}: ${run.failure.en}` });
        continue;
      }
      const failed = run.success.cases.find((c) => c.status === "failed");
      mutants.push(
        failed === undefined
          ? { ...base, outcome: "survived" }
          : { ...base, outcome: "killed", detail: `${failed.id}: ${failed.message}` },
      );
    }
    const killed = mutants.filter((m) => m.outcome === "killed").length;
    const survived = mutants.filter((m) => m.outcome === "survived").length;
    return {
      plugin: plugin.id,
      mutants,
      killed,
      survived,
      equivalent: mutants.filter((m) => m.outcome === "equivalent").length,
      invalid: mutants.filter((m) => m.outcome === "invalid").length,
      score: killed + survived === 0 ? 1 : killed / (killed + survived),
    };
  });
