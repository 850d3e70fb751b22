/**
 * Maps a path inside a parsed YAML document (`["cases", 3, "expect", "date"]`) to the line and
 * column where it is written, so every case-file error points at the text the author typed.
 *
 * @internal
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";

/** A 1-based position in a text file. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

const keyOf = (key: unknown): unknown => (isScalar(key) ? key.value : key);

/**
 * The position of `path` in `doc`: the value's node when it exists, else the key's node (for an
 * unknown key), else the deepest existing ancestor.
 */
export function locate(
  doc: Document,
  counter: LineCounter,
  path: ReadonlyArray<string | number>,
  preferKey = false,
): TextPosition | undefined {
  let node: unknown = doc.contents;
  let best: Node | undefined = doc.contents ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && String(keyOf(p.key)) === String(segment));
      if (pair === undefined) break;
      const keyNode = pair.key as Node | null;
      const valueNode = pair.value as Node | null;
      if (last && preferKey && keyNode !== null) {
        best = keyNode;
        break;
      }
      best = valueNode ?? keyNode ?? best;
      node = valueNode;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (item === undefined) break;
      best = item;
      node = item;
    } else break;
  }
  const offset = best?.range?.[0];
  if (offset === undefined) return undefined;
  const pos = counter.linePos(offset);
  return { line: pos.line, column: pos.col };
}
