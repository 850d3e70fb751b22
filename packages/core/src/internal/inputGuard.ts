/**
 * The walk {@link safeDecode} runs before zod sees an input: it refuses the values that make a
 * schema library throw or recurse without end instead of reporting an issue. Private to core.
 */

/** Deepest nesting accepted; real motcua inputs are under ten levels deep. */
export const MAX_INPUT_DEPTH = 100;
/** Longest array accepted (a replay of ten million events is far past any real dossier). */
export const MAX_INPUT_ITEMS = 10_000_000;

/** Why an input was refused before schema validation. */
export type HostileReason = "cycle" | "depth" | "bigint" | "unreadable" | "length" | "sparse" | "items";

/** A refused input: the reason and where it was found. */
export interface Hostile {
  readonly reason: HostileReason;
  readonly path: ReadonlyArray<string | number>;
}

const oddCount = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  typeof value !== "number" &&
  typeof value !== "string" &&
  typeof value !== "boolean";

/**
 * Finds the first hostile value in `input`, or `undefined` when the walk sees none: a cycle, more
 * than {@link MAX_INPUT_DEPTH} levels, a BigInt, a property that cannot be read (a throwing getter
 * or proxy), a non-array whose `length` or `size` is an object, function or symbol (zod compares
 * it with a number, which throws), an array with holes or with more than {@link MAX_INPUT_ITEMS}.
 * Shared sub-objects are walked once, so the walk is linear in the input's size.
 */
export function findHostile(input: unknown): Hostile | undefined {
  const done = new Set<object>();
  const onPath = new Set<object>();
  const path: Array<string | number> = [];
  const found = (reason: HostileReason): Hostile => ({ reason, path: [...path] });

  const visit = (value: unknown, depth: number): Hostile | undefined => {
    if (typeof value === "bigint") return found("bigint");
    if ((typeof value !== "object" && typeof value !== "function") || value === null) return undefined;
    if (onPath.has(value)) return found("cycle");
    if (done.has(value)) return undefined;
    if (depth > MAX_INPUT_DEPTH) return found("depth");
    onPath.add(value);
    let problem: Hostile | undefined;
    try {
      problem = Array.isArray(value) ? visitArray(value, depth) : visitObject(value, depth);
    } catch {
      problem = found("unreadable");
    }
    onPath.delete(value);
    done.add(value);
    return problem;
  };

  const visitArray = (items: ReadonlyArray<unknown>, depth: number): Hostile | undefined => {
    const length = items.length;
    if (length > MAX_INPUT_ITEMS) return found("items");
    for (let i = 0; i < length; i++) {
      if (!(i in items)) {
        path.push(i);
        return found("sparse");
      }
      const item = items[i];
      if (typeof item !== "object" && typeof item !== "bigint" && typeof item !== "function") continue;
      path.push(i);
      const problem = visit(item, depth + 1);
      if (problem) return problem;
      path.pop();
    }
    return undefined;
  };

  const visitObject = (object: object, depth: number): Hostile | undefined => {
    const record = object as Record<string, unknown>;
    for (const key of ["length", "size"]) {
      if (oddCount(record[key])) {
        path.push(key);
        return found("length");
      }
    }
    if (typeof object === "function") return undefined;
    for (const key of Object.keys(object)) {
      path.push(key);
      const problem = visit(record[key], depth + 1);
      if (problem) return problem;
      path.pop();
    }
    return undefined;
  };

  return visit(input, 0);
}

/** English and Vietnamese text for each {@link HostileReason}. */
export const HOSTILE_TEXT: Readonly<Record<HostileReason, { readonly en: string; readonly vi: string }>> = {
  cycle: { en: "The input refers to itself (a cycle)", vi: "Dữ liệu tự tham chiếu đến chính nó (vòng lặp)" },
  depth: {
    en: `Nested too deeply (more than ${MAX_INPUT_DEPTH} levels)`,
    vi: `Dữ liệu lồng nhau quá sâu (quá ${MAX_INPUT_DEPTH} cấp)`,
  },
  bigint: {
    en: "A BigInt is not accepted; use a number or a string",
    vi: "Không chấp nhận BigInt; hãy dùng số hoặc chuỗi",
  },
  unreadable: {
    en: "A property cannot be read (a getter or proxy threw)",
    vi: "Không đọc được một thuộc tính (getter hoặc proxy ném lỗi)",
  },
  length: {
    en: "A length or size that is not a number",
    vi: "Thuộc tính length hoặc size không phải là số",
  },
  sparse: { en: "An array with holes", vi: "Mảng có phần tử trống" },
  items: {
    en: `An array with more than ${MAX_INPUT_ITEMS} items`,
    vi: `Mảng có hơn ${MAX_INPUT_ITEMS} phần tử`,
  },
};
