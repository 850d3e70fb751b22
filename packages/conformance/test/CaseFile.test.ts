import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CaseSchema, caseFileJsonSchema, CONFORMANCE_VERSION, SUITE_VERSION } from "@motcua/conformance";

const read = (path: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8"));

describe("case format", () => {
  it("the published JSON Schema is up to date (run write-schema.ts when this fails)", () => {
    expect(read("../schema/case-file.schema.json")).toEqual(caseFileJsonSchema());
  });

  it("the JSON Schema states what zod refinements check: one of expect/expectError, expect not empty", () => {
    const schema = caseFileJsonSchema() as {
      $defs: { Case: { oneOf: unknown; properties: { expect: { minProperties: number } } } };
    };
    expect(schema.$defs.Case.oneOf).toEqual([{ required: ["expect"] }, { required: ["expectError"] }]);
    expect(schema.$defs.Case.properties.expect.minProperties).toBe(1);
  });

  it("accepts a list of LegalRefs as source and refuses an empty one", () => {
    const base = {
      id: "sla.due.x",
      title: "t",
      layer: "law",
      rulebook: ["national"],
      check: "sla.dueAt",
      input: {},
      expect: { dueAt: "2026-02-24T08:00:00+07:00" },
    };
    expect(
      CaseSchema.safeParse({
        ...base,
        source: [{ document: "Nghị định 61/2018/NĐ-CP", article: "19", verified: true }],
      }).success,
    ).toBe(true);
    expect(CaseSchema.safeParse({ ...base, source: [] }).success).toBe(false);
    expect(CaseSchema.safeParse({ ...base, source: "" }).success).toBe(false);
  });

  it("versions: suite format and package", () => {
    expect(SUITE_VERSION).toBe("motcua-conformance/1");
    expect(CONFORMANCE_VERSION).toBe((read("../package.json") as { version: string }).version);
  });
});
