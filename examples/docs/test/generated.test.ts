/**
 * The generated docs (docs/legal-sources.md, docs/diagrams/handover.mmd and the generated regions of
 * docs/concepts.md) must be what `scripts/docs/generate.ts` renders from the code today; the pages'
 * links must resolve. A failure here means: run
 * `node --conditions=@motcua/source --import tsx scripts/docs/generate.ts` and commit the result.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { definePlugin, type PluginInput } from "@motcua/plugin-sdk";
import { national } from "@motcua/national";
import { haTinh } from "@motcua/province-ha-tinh";
import { vinhPhuc } from "@motcua/province-vinh-phuc";
import { dongThap } from "@motcua/province-dong-thap";
import { toMermaid } from "@motcua/dossier";
import { handoverMachine } from "@motcua/handover";
import { describe, expect, it } from "vitest";
import { GENERATED_PATHS, readInputs, renderDocs, ROOT, staleFiles } from "../../../scripts/docs/files.ts";
import { collectRefs, renderLegalSources, resolutionDate } from "../../../scripts/docs/legalSources.ts";
import { cell, splice, summarize, table } from "../../../scripts/docs/markdown.ts";
import { DOCS_SOURCES } from "../../../scripts/docs/sources.ts";

const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");
const files = renderDocs(readInputs());
const page = (path: string): string => files.find((f) => f.path === path)?.content ?? "";

describe("generated docs are up to date", () => {
  it("renders every generated file", () => {
    expect(files.map((f) => f.path)).toEqual([...GENERATED_PATHS]);
  });

  for (const path of GENERATED_PATHS)
    it(`${path} matches scripts/docs/generate.ts (else run it and commit)`, () => {
      expect(existsSync(join(ROOT, path))).toBe(true);
      expect(read(path)).toBe(page(path));
    });

  it("staleFiles reports a file whose content differs", () => {
    expect(staleFiles(files)).toEqual([]);
    const changed = files.map((f) =>
      f.path === "docs/legal-sources.md" ? { ...f, content: `${f.content}x` } : f,
    );
    expect(staleFiles(changed)).toEqual(["docs/legal-sources.md"]);
  });
});

describe("docs/legal-sources.md is derived from the rulebook", () => {
  const legal = page("docs/legal-sources.md");

  it("lists every rule version of the national baseline and of each province plugin", () => {
    for (const plugin of [national, haTinh, vinhPhuc, dongThap]) {
      expect(legal).toContain(`\`${plugin.id}@${plugin.version}\``);
      for (const rule of plugin.rules) expect(legal).toContain(`| \`${rule.path}\` |`);
    }
    const rows = legal.split("\n").filter((l) => /^\| `[a-z]+\.[A-Za-z0-9.]+` \|/.test(l));
    const versions = [national, haTinh, vinhPhuc, dongThap].reduce((n, p) => n + p.rules.length, 0);
    expect(rows).toHaveLength(versions);
  });

  it("cites Nghị định 61/2018 Art. 18 for the 15:00 paper-transfer cut-off until 30/6/2025", () => {
    expect(legal).toContain(
      '| `sla.paperTransferCutoff` | `"15:00"` | … → 2025-06-30 | ✓ | Nghị định 61/2018/NĐ-CP (23/04/2018), Điều 18 —',
    );
    // From 1/7/2025 the same value rests on Nghị định 118/2025, whose text was not read.
    expect(legal).toContain(
      '| `sla.paperTransferCutoff` | `"15:00"` | 2025-07-01 → … | ✗ unverified | Nghị định 118/2025/NĐ-CP (09/06/2025) [chưa xác minh / unverified]',
    );
  });

  it("shows province rules with their plan's lines, mode and clipped validity (Vĩnh Phúc ends 30/6/2025)", () => {
    expect(legal).toContain(
      '| `staffing.reserve` | define | `{ kind: "factor", factor: 2 }` | 2025-04-01 → 2025-06-30 | ✓ | Kế hoạch 60/KH-UBND (UBND tỉnh Vĩnh Phúc, 19/03/2025), L48, L87',
    );
    expect(legal).toContain("Succeeded by `province-phu-tho` after 2025-06-30 — Nghị quyết 202/2025/QH15");
    // Hà Tĩnh's district chairman decides until the district level ends (Kế hoạch 41/KH-UBND).
    expect(legal).toMatch(
      /\| `authorities\[ha-tinh-2021\/district\]` \| `\{[^`]*level: "district"[^`]*\}` \| 2021-02-18 → 2025-06-30 \| ✓ \| Kế hoạch 41\/KH-UBND/,
    );
  });

  it("includes the calendar's and the SLA's source tables (2025 notice: Tết 27–31/1, Saturday 26/4 worked)", () => {
    expect(legal).toContain(
      "| `labourCode2019Holidays` | ✓ | Bộ luật Lao động 2019 (45/2019/QH14), Điều 112",
    );
    expect(legal).toMatch(
      /\| 2025 \| New Year's Day: 1\/1; Lunar New Year \(Tết\): 27\/1, 28\/1, 29\/1, 30\/1, 31\/1;.*\| 26\/4 \(for 2\/5\) \|/,
    );
    expect(legal).toContain("| `receipt` | ✓ | Nghị định 61/2018/NĐ-CP, Điều 17");
    expect(legal).toContain("### Clock rules for dossiers received … → 2025-06-30 (`SLA_RULE_SOURCES`)");
    expect(legal).toContain(
      '### Clock rules for dossiers received 2025-07-01 → … (`slaRuleSourcesOn("2025-07-01")`)',
    );
  });

  it("indexes every unverified plugin rule version", () => {
    const unverified = [national, haTinh, vinhPhuc, dongThap].flatMap((p) =>
      p.rules.filter((r) => !r.legalRef.verified).map((r) => `- \`${p.id}\` \`${r.path}\``),
    );
    expect(unverified.length).toBeGreaterThan(0);
    for (const line of unverified) expect(legal).toContain(line);
  });

  it("changes when a rule changes (the page is rendered from the plugins, not written by hand)", () => {
    const input: PluginInput = {
      id: "national",
      name: "Quốc gia (test)",
      version: "9.9.9",
      jurisdiction: { level: "national" },
      legalBasis: [{ document: "Nghị định 61/2018/NĐ-CP", verified: true }],
      rules: {
        sla: {
          paperTransferCutoff: {
            value: "16:30",
            legalRef: { document: "Test 1/2099", article: "9", verified: true },
          },
        },
      },
    };
    const changed = renderLegalSources({ ...DOCS_SOURCES, national: definePlugin(input), provinces: [] });
    expect(changed).toContain('| `sla.paperTransferCutoff` | `"16:30"` | always | ✓ | Test 1/2099, Điều 9 |');
    expect(changed).not.toContain("province-ha-tinh");
  });

  it("resolves a rule on the first day it is in force, clipped to its plugin", () => {
    const [until61, from118] = national.rules.filter((r) => r.path === "sla.supplementPolicy");
    expect(until61 && resolutionDate(until61, national)).toBe("2025-06-30");
    expect(from118 && resolutionDate(from118, national)).toBe("2025-07-01");
    const reserve = vinhPhuc.rules.find((r) => r.path === "staffing.reserve");
    expect(reserve && resolutionDate(reserve, vinhPhuc)).toBe("2025-04-01");
  });
});

describe("docs/concepts.md embeds the generated diagrams and tables", () => {
  const concepts = page("docs/concepts.md");

  it("embeds docs/diagrams/dossier.mmd as a mermaid block", () => {
    const dossier = join(ROOT, "docs/diagrams/dossier.mmd");
    const source = existsSync(dossier)
      ? read("docs/diagrams/dossier.mmd").trimEnd()
      : toMermaid(DOCS_SOURCES.dossierMachine);
    expect(concepts).toContain("\n\n```mermaid\n" + source + "\n```\n\n<!-- /generated:dossier-diagram -->");
    expect(source).toContain("stateDiagram-v2");
  });

  it("embeds the handover chart, identical to docs/diagrams/handover.mmd", () => {
    const chart = page("docs/diagrams/handover.mmd").trimEnd();
    expect(chart).toContain("withdrawalProposed --> rejected : rejected");
    expect(chart).toContain("assessed --> approved : approved [isSupport]");
    expect(concepts).toContain("```mermaid\n" + chart + "\n```");
  });

  it("states that the district level ends on 30/6/2025 (LEVELS, Nghị quyết 202/2025/QH15)", () => {
    expect(concepts).toMatch(/\| `district` \| cấp huyện \| … → 2025-06-30 \| Nghị quyết 202\/2025\/QH15/);
    expect(concepts).toContain("| `province-vinh-phuc` (Vĩnh Phúc) | … → 2025-06-30 | `province-phu-tho` |");
  });

  it("fails loudly when a generated region's markers are missing", () => {
    expect(() => splice("# no markers\n", "levels", "x", "body")).toThrow(/no region "levels"/);
  });
});

describe("handover diagram (the dossier package's generic toMermaid on handoverMachine)", () => {
  it("has the transitions of the chart in docs/handover.md (guard labels and spacing aside)", () => {
    const edges = (text: string): string[] =>
      text
        .split("\n")
        .map((l) =>
          l
            .trim()
            .replace(/ \[[^\]]*\]$/, "")
            .replace(/\s*:\s*/, ": "),
        )
        .filter((l) => l.includes("-->"))
        .sort();
    const guide = read("docs/handover.md");
    const block = /```mermaid\n([\s\S]*?)```/.exec(guide)?.[1] ?? "";
    expect(block).toContain("stateDiagram-v2");
    expect(edges(page("docs/diagrams/handover.mmd"))).toEqual(edges(block));
    expect(page("docs/diagrams/handover.mmd")).toBe(`${toMermaid(handoverMachine).trimEnd()}\n`);
  });
});

describe("rule sets outside the plugins (dossier, handover) are walked for their legal references", () => {
  const legal = page("docs/legal-sources.md");

  it("finds every legalRef of a handover rule set, with the validity around it (Hà Tĩnh)", () => {
    const count = (v: unknown): number =>
      Array.isArray(v)
        ? v.reduce((n: number, x) => n + count(x), 0)
        : typeof v === "object" && v !== null
          ? Object.entries(v).reduce((n, [k, x]) => n + (k === "legalRef" ? 1 : count(x)), 0)
          : 0;
    const authorities = haTinh.rules.find((r) => r.path === "handover.authorities");
    const rows = collectRefs(authorities?.value, "authorities", authorities?.validity);
    expect(rows).toHaveLength(count(authorities?.value));
    const chairman = rows.find(
      (r) => r.path === "authorities[ha-tinh-2021/district].steps[decide districtChairman]",
    );
    expect(chairman?.validity).toEqual({ validFrom: "2021-02-18", validTo: "2025-06-30" });
    expect(chairman?.legalRef.lines).toBe("L397-L409");
    expect(legal).toContain("### `province-ha-tinh`");
    expect(legal).toContain(
      '| `authorities[ha-tinh-2021/district].steps[decide districtChairman]` | `{ duty: "decide", party: "districtChairman", responsible: true }` | 2021-02-18 → 2025-06-30 | ✓ |',
    );
  });

  it("the dossier rules are the plugins' (Nghị định 61/2018 Art. 18: paper transfer after 15:00): the package lists none of its own", () => {
    expect(legal).toContain("## Dossier rules (`@motcua/dossier`)");
    expect(legal).toContain(
      '| `sla.paperTransferCutoff` | `"15:00"` | … → 2025-06-30 | ✓ | Nghị định 61/2018/NĐ-CP (23/04/2018), Điều 18',
    );
    expect(legal).not.toContain("nationalDossierRules");
  });

  it("indexes unverified sources from every section (Nghị định 118/2025, the yearly notices, TT 03/2025)", () => {
    const index = legal.slice(legal.indexOf("## Unverified rules"));
    expect(index).toContain(
      "- `national` `sla.paperTransferCutoff` (2025-07-01 → …) — Nghị định 118/2025/NĐ-CP",
    );
    expect(index).toContain("- `YEARLY_NOTICES` `2026` (always)");
    expect(index).toContain("- `SLA_RULE_SOURCES` `stopped` (… → 2025-06-30) — Thông tư 03/2025/TT-VPCP");
    expect(index).toContain(
      '- `slaRuleSourcesOn("2025-07-01")` `receipt` (2025-07-01 → …) — Nghị định 118/2025/NĐ-CP (09/06/2025) [chưa xác minh / unverified]',
    );
    expect(index).toContain(
      "- `national` `sla.lateNoticeDayKind` (… → 2025-06-30) — Nghị định 61/2018/NĐ-CP",
    );
    expect(index).not.toContain("`sla.supplementPolicy` (… → 2025-06-30)");
  });
});

describe("markdown helpers", () => {
  it("summarize gives one line of at most 160 characters for any value", () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const s = summarize(v);
        expect(s.length).toBeLessThanOrEqual(160);
        expect(s).not.toMatch(/\n/);
      }),
    );
  });

  it("summarize labels lists of objects and keeps scalars exact", () => {
    expect(summarize([{ id: "a" }, { name: "B" }])).toBe("2 items: a; B");
    expect(summarize("15:00")).toBe('"15:00"');
    expect(summarize({ min: 6, max: 24 })).toBe("{ min: 6, max: 24 }");
    expect(summarize([])).toBe("[]");
  });

  it("a table cell never breaks the table (pipes escaped, no newline)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const c = cell(s);
        expect(c).not.toMatch(/\n/);
        expect(c.replace(/\\\|/g, "")).not.toContain("|");
      }),
    );
    expect(table(["a"], [["x|y"]])).toBe("| a |\n|---|\n| x\\|y |");
  });

  it("splice is idempotent and keeps the text around the region", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, body) => {
        const text = `${before.replace(/<!--/g, "")}\n<!-- generated:r -->\n<!-- /generated:r -->\nafter\n`;
        const once = splice(text, "r", "src", body);
        expect(splice(once, "r", "src", body)).toBe(once);
        expect(once.endsWith("<!-- /generated:r -->\nafter\n")).toBe(true);
        expect(once.startsWith(before.replace(/<!--/g, ""))).toBe(true);
      }),
    );
  });
});

// Relative links of every published markdown page: scripts/test/publishedRefs.test.ts.
describe("docs/ index", () => {
  const docs = join(ROOT, "docs");

  it("every guide in docs/ is linked from docs/README.md", () => {
    const index = readFileSync(join(docs, "README.md"), "utf8");
    for (const guide of readdirSync(docs).filter((f) => f.endsWith(".md") && f !== "README.md"))
      expect(index, guide).toContain(`(${guide})`);
  });
});
