/**
 * docs/legal-sources.md is the one index of the provinces' source documents: every legal reference
 * of the plugins that cites lines names a listed document, none carries a file name (the deprecated
 * `seed`), and the page lists each document by number, issuer and date.
 */
import { national } from "@motcua/national";
import { dongThap } from "@motcua/province-dong-thap";
import { haTinh } from "@motcua/province-ha-tinh";
import { vinhPhuc } from "@motcua/province-vinh-phuc";
import { describe, expect, it } from "vitest";
import { readInputs, renderDocs } from "../../../scripts/docs/files.ts";
import {
  citeDocument,
  documentCounts,
  SOURCE_DOCUMENTS,
  unlistedLineRefs,
} from "../../../scripts/docs/sourceDocuments.ts";

const plugins = [national, haTinh, vinhPhuc, dongThap];
const legal = renderDocs(readInputs()).find((f) => f.path === "docs/legal-sources.md")?.content ?? "";

describe("the provinces' source documents", () => {
  it("every reference citing lines names a document of the index", () => {
    expect(unlistedLineRefs(plugins)).toEqual([]);
    const stray = {
      ...haTinh,
      legalBasis: [{ document: "Kế hoạch 9/KH-UBND", lines: "L1", verified: true }],
    };
    expect(unlistedLineRefs([stray])).toEqual([
      { document: "Kế hoạch 9/KH-UBND", lines: "L1", verified: true },
    ]);
  });

  it("no rule, nested step or legal basis carries a file name", () => {
    expect(JSON.stringify(plugins.map((p) => [p.legalBasis, p.rules]))).not.toMatch(/"seed":/);
  });

  it("each document is cited by some rule, and listed by number, issuer and date", () => {
    const counts = documentCounts(plugins);
    for (const doc of SOURCE_DOCUMENTS) {
      const c = counts.get(doc);
      expect((c?.encoded ?? 0) + (c?.interpreted ?? 0), doc.document).toBeGreaterThan(0);
      expect(legal).toContain(`| ${doc.document} | ${doc.issuer} | ${doc.issued} | ${doc.what} |`);
      expect(legal).toContain(`### Not encodable: ${citeDocument(doc)}`);
    }
    expect(citeDocument(SOURCE_DOCUMENTS[0]!)).toBe("Kế hoạch 41/KH-UBND (UBND tỉnh Hà Tĩnh, 18/02/2021)");
  });
});
