/**
 * Slots: the typed places a plugin can contribute to. A slot is a name, a set of keys, and for
 * each key a zod schema (the shape) plus optional cross-field checks (the meaning).
 *
 * @module
 */
import * as z from "zod/mini";
import { bilingual } from "./decode";
import { guardFunction } from "./guardFunction";
import type { ErrorPath, MotcuaIssue } from "./MotcuaError";

/**
 * One key of a slot: the schema of its value, what it means, and checks the schema cannot say.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { slotKey } from "@motcua/core";
 * const cutoff = slotKey(z.string(), { en: "paper transfer cut-off", vi: "giờ chốt chuyển hồ sơ giấy" });
 * ```
 * @since 0.1.0
 * @category Slots
 */
export interface SlotKey<S extends z.core.$ZodType = z.core.$ZodType> {
  /** The value's shape. */
  readonly schema: S;
  /** What the value means, in English. */
  readonly en: string;
  /** What the value means, in Vietnamese. */
  readonly vi: string;
  /**
   * Cross-field checks run after the schema (and again on merged values): each problem is a coded
   * issue at `path` (the path of the value). `key` is the rule's key (a procedure code, …).
   */
  readonly check?: (value: z.output<S>, path: ErrorPath, key: string) => ReadonlyArray<MotcuaIssue>;
  /**
   * Only the national baseline may supply this rule (the statutory holidays, say): a province or
   * unit plugin that sets it is refused by `definePlugin` (since 0.2.0).
   */
  readonly nationalOnly?: boolean;
  /**
   * Every list inside the value is read as a set: its order and a repeated member carry no
   * meaning (the roles allowed per action, the weekly rest days). Mutation testing reports
   * reordering such a list, or repeating one of its members, as equivalent (since 0.2.0).
   */
  readonly unordered?: boolean;
  /**
   * No motcua function reads the value: it is published reference data for vendors and readers (a
   * postal transit target, a civil-servant posting term). No answer of the library can depend on
   * it, so mutation testing reports its changes as equivalent (since 0.2.0).
   */
  readonly unread?: boolean;
  /**
   * Lists inside the value that are read as sets, by their path inside the value (since 0.2.0): `""`
   * is the value itself, `"[].agencyIds"` every item's `agencyIds`. Finer than `unordered` when a
   * value also holds ordered lists (approval steps): mutation testing reports reordering or
   * repeating a member of one of these lists as equivalent, and of no other.
   */
  readonly unorderedAt?: ReadonlyArray<string>;
  /**
   * Parts of the value no motcua function reads, by their path inside the value (since 0.2.0):
   * `".min"` for the lower end of a band only its upper end sizes anything. Finer than `unread`
   * when the rest of the value is read: mutation testing reports changes there as equivalent.
   */
  readonly unreadAt?: ReadonlyArray<string>;
}

/**
 * Builds a {@link SlotKey}.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { slotKey } from "@motcua/core";
 * const max = slotKey(z.number().int().min(0), { en: "at most this many", vi: "tối đa" });
 * ```
 * @since 0.1.0
 * @category Slots
 */
export const slotKey = guardFunction(
  "slotKey",
  <S extends z.core.$ZodType>(
    schema: S,
    text: { readonly en: string; readonly vi: string },
    check?: SlotKey<S>["check"],
    options: {
      readonly nationalOnly?: boolean;
      readonly unordered?: boolean;
      readonly unread?: boolean;
      readonly unorderedAt?: ReadonlyArray<string>;
      readonly unreadAt?: ReadonlyArray<string>;
    } = {},
  ): SlotKey<S> => ({
    schema,
    ...text,
    ...(check === undefined ? {} : { check }),
    ...(options.nationalOnly === true ? { nationalOnly: true } : {}),
    ...(options.unordered === true ? { unordered: true } : {}),
    ...(options.unread === true ? { unread: true } : {}),
    ...(options.unorderedAt === undefined ? {} : { unorderedAt: options.unorderedAt }),
    ...(options.unreadAt === undefined ? {} : { unreadAt: options.unreadAt }),
  }),
  { schema: "object", text: "object", check: "function?", options: "object?" },
);

/**
 * A slot: named keys with schemas, or (for catalogues such as procedures) any key with one schema.
 *
 * @since 0.1.0
 * @category Slots
 */
export interface SlotDefinition<
  K extends Readonly<Record<string, SlotKey>> = Readonly<Record<string, SlotKey>>,
> {
  /** What the slot is for, in English. */
  readonly en: string;
  /** What the slot is for, in Vietnamese. */
  readonly vi: string;
  /** The fixed keys and their schemas (empty for a catalogue). */
  readonly keys: K;
  /** For catalogue slots: the schema every entry has, whatever its key. */
  readonly entry?: SlotKey;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Zod schema of a wall-clock time `HH:MM` (00:00–23:59), Vietnamese local time.
 *
 * @example
 * ```ts
 * import { ClockTimeSchema } from "@motcua/core";
 * ClockTimeSchema.safeParse("15:00").success; // true
 * ClockTimeSchema.safeParse("25:00").success; // false
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ClockTimeSchema = z
  .string()
  .check(z.regex(HHMM, bilingual("expected HH:MM (00:00–23:59)", "cần dạng HH:MM (00:00–23:59)")));

/**
 * Zod schema of an inclusive integer range `{ min, max? }` (`max` absent = no upper bound).
 *
 * @example
 * ```ts
 * import { RangeSchema } from "@motcua/core";
 * RangeSchema.parse({ min: 1, max: 3 });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const RangeSchema = z
  .strictObject({ min: z.int().check(z.minimum(0)), max: z.optional(z.int().check(z.minimum(0))) })
  .check(
    z.refine((r) => r.max === undefined || r.min <= r.max, {
      message: bilingual("max is below min", "max nhỏ hơn min"),
      path: ["max"],
    }),
  );

/**
 * An inclusive integer range, e.g. "1–3 domains per employee".
 *
 * @since 0.1.0
 * @category Schemas
 */
export type Range = z.output<typeof RangeSchema>;

/**
 * Builds one coded, bilingual issue, for a slot key's `check`.
 *
 * @example
 * ```ts
 * import { slotIssue } from "@motcua/core";
 * slotIssue("PLUGIN_VALIDITY_REVERSED", ["to"], '"to" is before "from"', '"to" trước "from"').code;
 * ```
 * @since 0.2.0
 * @category Slots
 */
export const slotIssue = (code: string, path: ErrorPath, en: string, vi: string): MotcuaIssue => ({
  code,
  path,
  en,
  vi,
});

/**
 * A slot key check that flags the second and later items sharing the same key
 * (`PLUGIN_DUPLICATE_ENTRY`), in one pass.
 *
 * @example
 * ```ts
 * import { uniqueBy } from "@motcua/core";
 * uniqueBy((x: { id: string }) => x.id, "id")([{ id: "a" }, { id: "a" }], ["items"]).length; // 1
 * ```
 * @since 0.2.0
 * @category Slots
 */
export const uniqueBy =
  <T>(field: (item: T) => string, label: string) =>
  (value: ReadonlyArray<T>, path: ErrorPath): MotcuaIssue[] => {
    const seen = new Set<string>();
    const out: MotcuaIssue[] = [];
    value.forEach((item, i) => {
      const k = field(item);
      if (seen.has(k))
        out.push(
          slotIssue(
            "PLUGIN_DUPLICATE_ENTRY",
            [...path, i],
            `${label} "${k}" is listed twice`,
            `${label} "${k}" bị lặp`,
          ),
        );
      seen.add(k);
    });
    return out;
  };
