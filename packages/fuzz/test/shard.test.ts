import { describe, expect, it } from "vitest";
import type { TargetStats } from "../src/run";
import { mergeShards, shardOf } from "../src/shard";

const stats = (target: string): TargetStats => ({
  target,
  runs: 1,
  values: 1,
  codedErrors: 0,
  findings: [],
  maxCallMs: 0,
  totalMs: 0,
  digest: target,
  truncatedSnapshots: 0,
});

describe("fuzz: the parallel long mode (MOTCUA_FUZZ_JOBS)", () => {
  const names = ["a", "b", "c", "d", "e"];

  it("deals every target to exactly one shard", () => {
    const shards = [0, 1].map((i) => shardOf(names, i, 2));
    expect(shards).toEqual([
      ["a", "c", "e"],
      ["b", "d"],
    ]);
    expect(shardOf(names, 0, 1)).toEqual(names);
  });

  it("merges the shards back in target order and refuses a lost or doubled target", () => {
    const merged = mergeShards(names, [["b", "d"].map(stats), ["a", "c", "e"].map(stats)]);
    expect(merged.map((s) => s.target)).toEqual(names);
    expect(() => mergeShards(names, [["a", "b", "c", "d"].map(stats)])).toThrow(/4 of 5/);
    expect(() => mergeShards(names, [names.map(stats), ["a"].map(stats)])).toThrow(/a was run by two shards/);
  });
});
