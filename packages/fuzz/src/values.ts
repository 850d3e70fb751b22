/**
 * Walks of arbitrary (possibly hostile) values that never invoke a getter or a proxy trap they can
 * avoid: deep-freezing the shared corpus, snapshotting fresh inputs (to prove no mutation) and a
 * stable fingerprint of outputs (to compare runs under different host time zones).
 */

/** Freezes a value and everything reachable from it (iteratively: the corpus is 20,000 deep). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const v = stack.pop();
    if ((typeof v !== "object" && typeof v !== "function") || v === null || seen.has(v)) continue;
    seen.add(v);
    try {
      if (!Object.isFrozen(v)) Object.freeze(v);
      for (const key of Reflect.ownKeys(v)) {
        const d = Reflect.getOwnPropertyDescriptor(v, key);
        if (d !== undefined && "value" in d) stack.push(d.value);
      }
    } catch {
      // A proxy: leave it as it is.
    }
  }
  return value;
}

const MAX_NODES = 20_000;

/**
 * A text that changes when anything reachable from `value` changes (own keys, values, accessors),
 * skipping frozen objects (they cannot change) and describing proxies as opaque. Capped at 20,000
 * nodes; beyond that the remainder is not compared (reported by `truncated`).
 */
export function snapshot(value: unknown): { text: string; truncated: boolean } {
  const parts: string[] = [];
  const ids = new Map<object, number>();
  let nodes = 0;
  let truncated = false;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "object" && v !== null) {
      if (ids.has(v)) {
        parts.push(`#${ids.get(v) as number}`);
        continue;
      }
      ids.set(v, ids.size);
      if (++nodes > MAX_NODES) {
        truncated = true;
        break;
      }
      try {
        if (Object.isFrozen(v)) {
          parts.push("frozen");
          continue;
        }
        const keys = Reflect.ownKeys(v);
        parts.push(`{${keys.length}`);
        for (const key of keys) {
          const d = Reflect.getOwnPropertyDescriptor(v, key) as PropertyDescriptor;
          parts.push(typeof key === "symbol" ? key.toString() : key);
          if ("value" in d) stack.push(d.value);
          else parts.push("accessor");
        }
      } catch {
        parts.push("opaque");
      }
    } else parts.push(scalar(v));
  }
  return { text: parts.join("\u0001"), truncated };
}

const scalar = (v: unknown): string => {
  switch (typeof v) {
    case "string":
      return `s${v.length}:${v.length > 200 ? `${v.slice(0, 100)}…${v.slice(-100)}` : v}`;
    case "number":
      return Object.is(v, -0) ? "n-0" : `n${v}`;
    case "bigint":
      return `b${v}`;
    case "symbol":
      return `y${v.description ?? ""}`;
    case "function":
      return "f";
    default:
      return String(v);
  }
};

/** FNV-1a over a string, for fingerprints. */
export const fnv = (text: string, seed = 0x811c9dc5): number => {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
};

/**
 * A stable description of an output (capped at 2,000 nodes): objects by sorted own enumerable
 * data keys, Maps and Sets by entries, Dates by their epoch, functions as `f`. Getters are not
 * run.
 */
export function describeOutput(value: unknown): string {
  const parts: string[] = [];
  let nodes = 0;
  const seen = new Set<object>();
  const walk = (v: unknown, depth: number): void => {
    if (++nodes > 2_000 || depth > 40) {
      parts.push("…");
      return;
    }
    if (typeof v !== "object" || v === null) {
      parts.push(scalar(v));
      return;
    }
    if (seen.has(v)) {
      parts.push("^");
      return;
    }
    seen.add(v);
    try {
      if (v instanceof Date) parts.push(`D${v.getTime()}`);
      else if (v instanceof Map)
        for (const [k, x] of v) {
          walk(k, depth + 1);
          walk(x, depth + 1);
        }
      else if (v instanceof Set) for (const x of v) walk(x, depth + 1);
      else if (ArrayBuffer.isView(v)) parts.push(`T${(v as unknown as { length?: number }).length ?? 0}`);
      else {
        const keys = Object.keys(v).sort();
        parts.push(`{${keys.join(",")}`);
        for (const k of keys) {
          const d = Object.getOwnPropertyDescriptor(v, k);
          if (d !== undefined && "value" in d) walk(d.value, depth + 1);
          else parts.push("get");
        }
      }
    } catch {
      parts.push("opaque");
    }
    seen.delete(v);
  };
  walk(value, 0);
  return parts.join("\u0001");
}
