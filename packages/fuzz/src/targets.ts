/**
 * The functions under fuzz, enumerated from the packages' public entry points: every exported
 * function (classes are constructed with `new`), plus the methods of a `WorkingCalendar`, the one
 * public object whose methods take user input. Zod schemas are exercised through `decode`.
 */
import * as calendarPkg from "@motcua/calendar";
import * as core from "@motcua/core";
import * as dossier from "@motcua/dossier";
import * as handover from "@motcua/handover";
import * as pluginSdk from "@motcua/plugin-sdk";
import * as reports from "@motcua/reports";
import * as sla from "@motcua/sla";
import * as staffing from "@motcua/staffing";
import { calendar } from "./corpus";

/** One function under fuzz. */
export interface Target {
  /** `package.export`, or `calendar.WorkingCalendar#method`. */
  readonly name: string;
  readonly pkg: string;
  /** Declared parameters (`Function.length`, which leaves out defaulted ones). */
  readonly arity: number;
  /** Calls it (with `new` for a class). */
  readonly call: (args: ReadonlyArray<unknown>) => unknown;
}

export const PACKAGES = {
  core,
  calendar: calendarPkg,
  dossier,
  sla,
  handover,
  staffing,
  reports,
  "plugin-sdk": pluginSdk,
} as const satisfies Record<string, object>;

export type PackageName = keyof typeof PACKAGES;

/**
 * Left out, with the reason: `MotcuaError`'s constructor takes what motcua code itself builds (the
 * error of a refused input), not user input.
 */
export const EXCLUDED: Readonly<Record<string, string>> = {
  "core.MotcuaError": "the error type's constructor: its argument is built by motcua code, not by users",
  "core.err": "builds a failed Result from the error it is given, whatever it is",
};

const isClass = (f: (...a: never[]) => unknown): boolean =>
  /^class\b/.test(Function.prototype.toString.call(f));

/** Every public function of `pkg`, in export order. */
export function targetsOf(pkg: PackageName): Target[] {
  const out: Target[] = [];
  for (const [key, value] of Object.entries(PACKAGES[pkg])) {
    if (typeof value !== "function" || EXCLUDED[`${pkg}.${key}`] !== undefined) continue;
    const f = value as (...a: unknown[]) => unknown;
    const construct = isClass(f);
    out.push({
      name: `${pkg}.${key}`,
      pkg,
      arity: f.length,
      call: construct
        ? (args) => Reflect.construct(f as unknown as new (...a: unknown[]) => unknown, args as unknown[])
        : (args) => Reflect.apply(f, undefined, args as unknown[]),
    });
  }
  if (pkg === "calendar") {
    const cal = calendar as unknown as Record<string, unknown>;
    for (const key of Object.keys(cal).sort()) {
      const method = cal[key];
      if (typeof method !== "function") continue;
      const f = method as (...a: unknown[]) => unknown;
      out.push({
        name: `calendar.WorkingCalendar#${key}`,
        pkg,
        arity: f.length,
        call: (args) => Reflect.apply(f, calendar, args as unknown[]),
      });
    }
  }
  return out;
}
