import { describe, expect, it } from "vitest";
import { ZONES, zoneDifferences } from "../src/zones";

const RUNS = 200;

describe("fuzz: no answer depends on the host time zone", () => {
  it(`the same ${RUNS} seeded inputs per function give the same outcomes under ${ZONES.join(", ")}`, async () => {
    const { targets, differing } = await zoneDifferences(RUNS);
    expect(targets).toBeGreaterThan(100);
    expect(differing).toEqual([]);
  }, 300_000);
});
