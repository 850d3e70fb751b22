import { describe, expect, it } from "vitest";
import { DossierColumnsBuilder, toDossierColumns } from "@motcua/reports";

const d = (officeId: string, domain: string) => ({
  officeId,
  level: "district" as const,
  domain,
  channel: "online" as const,
  receivedAt: "2026-01-05T09:00:00+07:00",
  dueAt: "2026-01-12T17:00:00+07:00",
});

describe("DossierColumns", () => {
  it("interns one group per (level, office, domain), in order of first appearance, and is frozen", () => {
    const columns = toDossierColumns([
      d("H-A", "Đất đai"),
      d("H-B", "Đất đai"),
      d("H-A", "Đất đai"),
      d("H-A", "Hộ tịch"),
    ]);
    expect(columns.length).toBe(4);
    expect(columns.groups).toEqual([
      { level: "district", officeId: "H-A", domain: "Đất đai" },
      { level: "district", officeId: "H-B", domain: "Đất đai" },
      { level: "district", officeId: "H-A", domain: "Hộ tịch" },
    ]);
    expect(Object.isFrozen(columns)).toBe(true);
    expect(toDossierColumns(columns)).toBe(columns);
  });

  it("a builder grows past its capacity hint and keeps adding after build()", () => {
    const b = new DossierColumnsBuilder(1);
    for (let i = 0; i < 100; i++) b.add(d(`H-${i % 3}`, "Xây dựng"));
    const first = b.build();
    b.add(d("H-9", "Xây dựng"));
    expect([first.length, b.build().length, first.groups.length]).toEqual([100, 101, 3]);
  });
});

// Fuzz finding reports.DossierColumnsBuilder (a hang on the shared machine): the capacity hint was
// trusted up to 2^26, so `new DossierColumnsBuilder(1e9)` reserved about 2 GB of typed arrays.
describe("DossierColumnsBuilder does not reserve memory for a huge capacity hint", () => {
  it("a hint of 10^9 reserves at most the columns of 2^20 dossiers, and still grows", () => {
    const before = process.memoryUsage().arrayBuffers;
    const builder = new DossierColumnsBuilder(1e9);
    const reserved = process.memoryUsage().arrayBuffers - before;
    expect(reserved).toBeLessThan(64 * 2 ** 20);
    builder.add({
      officeId: "DT-HCC",
      level: "province",
      domain: "Tài chính",
      channel: "online",
      receivedAt: "2022-03-01T09:00:00+07:00",
      dueAt: "2022-03-08T17:00:00+07:00",
    });
    expect(builder.build().length).toBe(1);
  });
});
