/**
 * What each seed document states, counted against what the plugins encode: the statements encoded
 * as rules on the seed's own words (verified), those encoded as an interpretation (unverified), and
 * those a one-stop system cannot run, each with the reason. The encoded and interpreted counts are
 * computed from the plugins (every legal reference citing the seed, nested ones included); the list
 * of statements not encodable is written here by reading the seeds line by line.
 *
 * @module
 */
import type { LegalRef } from "../../packages/core/src/index.ts";
import type { Plugin } from "../../packages/plugin-sdk/src/index.ts";
import { table } from "./markdown.ts";

/** One seed document. */
export interface SeedEntry {
  /** The file name prefix of the seed, as plugins cite it (`seed: "000_… L12"`). */
  readonly file: string;
  /** The document's official number and date. */
  readonly document: string;
  /** What it states that a one-stop system cannot run, with the reason. */
  readonly notEncodable: ReadonlyArray<{
    readonly lines: string;
    readonly what: string;
    readonly why: string;
  }>;
}

/** The five seeds, line by line. */
export const SEEDS: ReadonlyArray<SeedEntry> = [
  {
    file: "000_2e345361e98f0131.txt",
    document: "Kế hoạch 41/KH-UBND tỉnh Hà Tĩnh, 18/02/2021 (giai đoạn II)",
    notEncodable: [
      {
        lines: "L26-L86",
        what: "purposes and requirements of the plan",
        why: "aims, not rules a system applies",
      },
      {
        lines: "L180-L226",
        what: "propaganda (tuyên truyền) content and channels",
        why: "communication work, no dossier or staffing effect",
      },
      {
        lines: "L470-L486",
        what: "costs of the pilot under Văn bản 436/UBND-PC1",
        why: "436/UBND-PC1 was not read; payment is outside the one-stop rules",
      },
      {
        lines: "L413-L419",
        what: "the steps of Văn bản 559/UBND-PC1",
        why: "the document was not read (its decider is encoded, unverified)",
      },
      {
        lines: "L604-L608",
        what: "premises of two district centres and six cultural post offices",
        why: "facilities, not rules",
      },
    ],
  },
  {
    file: "001_f4051ad1f83c06e1.txt",
    document: "Báo Hà Tĩnh: sơ kết giai đoạn I (news report)",
    notEncodable: [
      {
        lines: "L5-L19",
        what: "phase I results (6 departments, 4 districts)",
        why: "a news report of outcomes, not a legal text: kept as unverified legal basis only",
      },
    ],
  },
  {
    file: "002_3dbcea63c5a39460.txt",
    document: "Kế hoạch 60/KH-UBND tỉnh Vĩnh Phúc, 19/03/2025",
    notEncodable: [
      {
        lines: "L31-L33",
        what: "propaganda (tuyên truyền)",
        why: "communication work, no dossier or staffing effect",
      },
      { lines: "L39, L43", what: "desks, counters, branding and equipment", why: "facilities, not rules" },
      {
        lines: "L29",
        what: "«đến hết thời gian thực hiện Quyết định số 468/QĐ-TTg»",
        why: "468's end is not in our sources; the plan ends with the province on 30/6/2025",
      },
      {
        lines: "L61-L62",
        what: "funding from the state budget",
        why: "budget law, outside the one-stop rules",
      },
    ],
  },
  {
    file: "003_954eb8228a922e85.txt",
    document:
      "Báo cáo sơ kết thỏa thuận hợp tác UBND tỉnh Đồng Tháp – Bưu điện Việt Nam (VP UBND tỉnh, 2022)",
    notEncodable: [
      {
        lines: "L63-L69",
        what: "the 2018–2022 dossier figures",
        why: "outcomes, used as golden test figures for Biểu 06, not rules",
      },
      {
        lines: "L29-L31",
        what: "relocation of 10 commune one-stops, commendations, support costs",
        why: "administrative decisions already taken, not rules",
      },
      { lines: "L43, L55", what: "Phụ lục 1 and 2 (documents, per-unit results)", why: "not in the seed" },
    ],
  },
  {
    file: "004_f50c1ec85714e989.txt",
    document: "Công văn /UBND-KSTTHC tỉnh Đồng Tháp (2021) về khắc phục hạn chế qua kiểm tra",
    notEncodable: [
      {
        lines: "L27",
        what: "finishing premises and equipment of commune one-stops",
        why: "facilities, not rules",
      },
      {
        lines: "L35",
        what: "the provincial post office's own improvements",
        why: "no party, period or effect a system can track",
      },
      {
        lines: "L41",
        what: "a solution for communes far from their post office, in Q1/2021",
        why: "a one-off study, its outcome not in our sources",
      },
    ],
  },
];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Every legal reference in a value, nested ones included. */
function refsIn(value: unknown, out: LegalRef[] = []): LegalRef[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (isRecord(value)) {
    if (typeof value["document"] === "string" && typeof value["verified"] === "boolean")
      out.push(value as never);
    for (const v of Object.values(value)) refsIn(v, out);
  }
  return out;
}

/** Counts, per seed, the legal references of the plugins citing it, verified and not. */
export function seedCounts(
  plugins: ReadonlyArray<Plugin>,
): Map<string, { encoded: number; interpreted: number }> {
  const counts = new Map<string, { encoded: number; interpreted: number }>();
  for (const plugin of plugins)
    for (const ref of refsIn([plugin.legalBasis, ...plugin.rules.map((r) => [r.legalRef, r.value])]))
      for (const seed of SEEDS) {
        if (ref.seed?.includes(seed.file) !== true) continue;
        const c = counts.get(seed.file) ?? { encoded: 0, interpreted: 0 };
        if (ref.verified) c.encoded += 1;
        else c.interpreted += 1;
        counts.set(seed.file, c);
      }
  return counts;
}

/** The "Seeds" section of docs/legal-sources.md. */
export function seedSection(plugins: ReadonlyArray<Plugin>): string {
  const counts = seedCounts(plugins);
  return [
    "## What the seeds state, and what is encoded",
    "",
    "Per seed document: the legal references of the plugins that cite it on its own words (encoded), those that rest on an interpretation (interpreted, `verified: false`), and what it states that a one-stop system cannot run, with the reason.",
    "",
    table(
      ["Seed", "Document", "Encoded", "Interpreted", "Not encodable"],
      SEEDS.map((s) => [
        `\`${s.file}\``,
        s.document,
        String(counts.get(s.file)?.encoded ?? 0),
        String(counts.get(s.file)?.interpreted ?? 0),
        String(s.notEncodable.length),
      ]),
    ),
    "",
    ...SEEDS.flatMap((s) => [
      `### Not encodable: \`${s.file}\``,
      "",
      ...s.notEncodable.map((n) => `- ${n.lines}: ${n.what} — ${n.why}.`),
      "",
    ]),
  ].join("\n");
}
