/**
 * The loader cannot be fooled: links outside the given folders, special files, oversized, too
 * deep, non-UTF-8 files and prototype keys are refused with their codes; links inside are
 * followed; nothing is silently skipped.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Effect } from "effect";
import { afterAll, describe, expect, it } from "vitest";
import {
  builtinChecks,
  CASE_FILE_LIMITS,
  CONFORMANCE_CASES_NOT_REGULAR,
  CONFORMANCE_CASES_SYMLINK_OUTSIDE,
  CONFORMANCE_CASES_UNREADABLE,
  CONFORMANCE_CASE_ENCODING,
  CONFORMANCE_CASE_FORBIDDEN_KEY,
  CONFORMANCE_CASE_TOO_DEEP,
  CONFORMANCE_CASE_TOO_LARGE,
  validateCases,
} from "@motcua/conformance";

const scratch = mkdtempSync(join(tmpdir(), "motcua-load-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
const dir = (): string => {
  const d = join(scratch, `d${n++}`);
  mkdirSync(d, { recursive: true });
  return d;
};

const one = (
  id: string,
  expect = "{ working: false }",
  input = '{ date: "2026-02-17" }',
) => `suite: motcua-conformance/1
cases:
  - id: ${id}
    title: ${id}
    layer: law
    source: test fixture
    rulebook: [national]
    check: calendar.dayInfo
    input: ${input}
    expect: ${expect}
`;

const validate = (paths: string[]) =>
  Effect.runPromise(
    Effect.result(validateCases(paths, { checks: builtinChecks, knownRulebooks: ["national"] })),
  );
const failureCode = async (paths: string[]) => {
  const r = await validate(paths);
  return r._tag === "Failure" ? r.failure.code : "no failure";
};
const issueCodes = async (paths: string[]) => {
  const r = await validate(paths);
  if (r._tag === "Failure") throw r.failure;
  return r.success.issues.map((i) => i.code);
};

describe("validateCases: the loader's refusals", () => {
  it("a symlink to a case file outside the given folders is CONFORMANCE_CASES_SYMLINK_OUTSIDE, not skipped", async () => {
    const outside = dir();
    writeFileSync(join(outside, "wrong.yaml"), one("fixture.link.outside", "{ working: true }"));
    const given = dir();
    symlinkSync(join(outside, "wrong.yaml"), join(given, "linked.yaml"));
    expect(await failureCode([given])).toBe(CONFORMANCE_CASES_SYMLINK_OUTSIDE);
  });

  it("a symlink inside the given folders is followed (file and folder)", async () => {
    const given = dir();
    mkdirSync(join(given, "real"));
    writeFileSync(join(given, "real", "a.yaml"), one("fixture.link.a"));
    symlinkSync(join(given, "real", "a.yaml"), join(given, "alias.yml"));
    const other = dir();
    writeFileSync(join(other, "b.YAML"), one("fixture.link.b"));
    symlinkSync(other, join(given, "more"));
    const r = await validate([given, other]);
    if (r._tag === "Failure") throw r.failure;
    // a.yaml and b.YAML are read (uppercase extension too); the link to a.yaml repeats its ids.
    expect(r.success.cases.map((c) => c.case.id).sort()).toEqual(["fixture.link.a", "fixture.link.b"]);
    expect(r.success.issues.map((i) => i.en)).toEqual([
      expect.stringContaining('duplicate id "fixture.link.a"'),
    ]);
  });

  it("a dangling symlink is CONFORMANCE_CASES_UNREADABLE", async () => {
    const given = dir();
    symlinkSync(join(given, "gone.yaml"), join(given, "dangling.yaml"));
    expect(await failureCode([given])).toBe(CONFORMANCE_CASES_UNREADABLE);
  });

  it.skipIf(
    (() => {
      try {
        execFileSync("mkfifo", ["--version"], { stdio: "ignore" });
        return false;
      } catch {
        return true;
      }
    })(),
  )(
    "a FIFO (in a folder or given directly) is CONFORMANCE_CASES_NOT_REGULAR, never read (it would block)",
    async () => {
      const given = dir();
      execFileSync("mkfifo", [join(given, "pipe.yaml")]);
      expect(await failureCode([given])).toBe(CONFORMANCE_CASES_NOT_REGULAR);
      expect(await failureCode([join(given, "pipe.yaml")])).toBe(CONFORMANCE_CASES_NOT_REGULAR);
    },
  );

  it("a missing path is CONFORMANCE_CASES_UNREADABLE", async () => {
    expect(await failureCode([join(scratch, "no-such-folder")])).toBe(CONFORMANCE_CASES_UNREADABLE);
  });

  it("invalid UTF-8 is CONFORMANCE_CASE_ENCODING (never silently replaced)", async () => {
    const given = dir();
    const text = Buffer.from(one("fixture.utf8.bad", '{ name: "Tết\u00ff" }'), "utf8");
    const bad = Buffer.concat([text.subarray(0, 20), Buffer.from([0xc3, 0x28]), text.subarray(20)]);
    writeFileSync(join(given, "bad.yaml"), bad);
    expect(await issueCodes([given])).toEqual([CONFORMANCE_CASE_ENCODING]);
  });

  it(`a file over ${CASE_FILE_LIMITS.maxBytes} bytes is CONFORMANCE_CASE_TOO_LARGE`, async () => {
    const given = dir();
    writeFileSync(
      join(given, "big.yaml"),
      `${one("fixture.big")}# ${"x".repeat(CASE_FILE_LIMITS.maxBytes)}\n`,
    );
    expect(await issueCodes([given])).toEqual([CONFORMANCE_CASE_TOO_LARGE]);
  });

  it("block-style YAML nested 1,000 or 2,000 deep is a coded issue (too deep; too large), not an unexpected error", async () => {
    const nested = (depth: number): string => {
      let deep = "suite: motcua-conformance/1\ncases:\n - id: fixture.deep\n   input:\n";
      let indent = "    ";
      for (let i = 0; i < depth; i++) {
        deep += `${indent}k:\n`;
        indent += " ";
      }
      return `${deep}${indent}1\n`;
    };
    const given = dir();
    writeFileSync(join(given, "deep.yaml"), nested(1000));
    expect(await issueCodes([given])).toEqual([CONFORMANCE_CASE_TOO_DEEP]);
    const deeper = dir();
    writeFileSync(join(deeper, "deeper.yaml"), nested(2000)); // 2 MB of indentation
    expect(await issueCodes([deeper])).toEqual([CONFORMANCE_CASE_TOO_LARGE]);
    const flow = dir();
    writeFileSync(join(flow, "flow.yaml"), `x: ${"[".repeat(70)}${"]".repeat(70)}\n`);
    expect(await issueCodes([flow])).toEqual([CONFORMANCE_CASE_TOO_DEEP]);
  });

  it("__proto__ or constructor keys in expect or input are CONFORMANCE_CASE_FORBIDDEN_KEY", async () => {
    for (const [expect_, input] of [
      ["{ __proto__: { working: true } }", '{ date: "2026-02-17" }'],
      ["{ working: false }", '{ date: "2026-02-17", constructor: 1 }'],
      ["{ working: false, name: { prototype: 1 } }", '{ date: "2026-02-17" }'],
    ] as const) {
      const given = dir();
      writeFileSync(join(given, "proto.yaml"), one("fixture.proto", expect_, input));
      expect(await issueCodes([given]), `${expect_} ${input}`).toEqual([CONFORMANCE_CASE_FORBIDDEN_KEY]);
    }
  });
});
