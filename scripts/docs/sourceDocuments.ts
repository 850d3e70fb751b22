/**
 * The provinces' own plans and reports motcua was built from, each named by its official number,
 * issuer and date (never by a file), with what it states counted against what the plugins encode:
 * the statements encoded as rules on the document's own words (verified), those encoded as an
 * interpretation (unverified), and those a one-stop system cannot run, each with the reason. The
 * encoded and interpreted counts are computed from the plugins (every legal reference naming the
 * document, nested ones included); the list of statements not encodable is written here by reading
 * the documents line by line.
 *
 * @module
 */
import { citeLegalRef, type LegalRef } from "../../packages/core/src/index.ts";
import type { Plugin } from "../../packages/plugin-sdk/src/index.ts";
import { table } from "./markdown.ts";

/** One source document of a province. */
export interface SourceDocument {
  /** The `document` of the legal references citing it: its type and number, or its name. */
  readonly document: string;
  /** Who issued it (the `issuer` of those references). */
  readonly issuer: string;
  /** Its date, `YYYY-MM-DD`, or `YYYY` when the document gives only the year. */
  readonly issued: string;
  /** What it is. */
  readonly what: string;
  /** What it states that a one-stop system cannot run, with the reason. */
  readonly notEncodable: ReadonlyArray<{
    readonly lines: string;
    readonly what: string;
    readonly why: string;
  }>;
}

/** The five source documents, line by line. */
export const SOURCE_DOCUMENTS: ReadonlyArray<SourceDocument> = [
  {
    document: "Kế hoạch 41/KH-UBND",
    issuer: "UBND tỉnh Hà Tĩnh",
    issued: "2021-02-18",
    what: "Plan for phase II (22/02–30/09/2021) of the pilot handing public administrative tasks to the public postal service: pilot units, handover and approval procedure, postal staff, duties.",
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
    document: "Bài «Mở rộng thí điểm chuyển giao một số nhiệm vụ hành chính công qua dịch vụ bưu chính»",
    issuer: "Báo Hà Tĩnh",
    issued: "2020-12-16",
    what: "News report of the province's review of phase I of the pilot (the article gives the day, 16/12; the year 2020 follows from the pilot's dates). Not a legal text.",
    notEncodable: [
      {
        lines: "L5-L19",
        what: "phase I results (6 departments, 4 districts)",
        why: "a news report of outcomes, not a legal text: kept as unverified legal basis only",
      },
    ],
  },
  {
    document: "Kế hoạch 60/KH-UBND",
    issuer: "UBND tỉnh Vĩnh Phúc",
    issued: "2025-03-19",
    what: "Plan giving the public postal enterprise the guidance, receipt, digitisation and return of dossiers from 4/2025, under Quyết định 468/QĐ-TTg.",
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
    document: "Báo cáo sơ kết thỏa thuận hợp tác giữa UBND tỉnh Đồng Tháp và Bưu điện Việt Nam",
    issuer: "Văn phòng UBND tỉnh Đồng Tháp",
    issued: "2022",
    what: "Review (Số: /BC-VPUBND, number and day left blank) of the 2018–2022 pilot handing public administrative tasks to the post office: phases, units, dossier figures, the control slip.",
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
      {
        lines: "L43, L55",
        what: "Phụ lục 1 and 2 (documents, per-unit results)",
        why: "not in the text we have",
      },
    ],
  },
  {
    document: "Công văn /UBND-KSTTHC về khắc phục hạn chế qua kiểm tra việc thực hiện Đề án",
    issuer: "UBND tỉnh Đồng Tháp",
    issued: "2021",
    what: "Directive (number and day left blank) to fix the shortcomings the 2020 inspection of the pilot found, by the first quarter of 2021.",
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

/** Whether a legal reference names the document. */
const names = (ref: LegalRef, doc: SourceDocument): boolean =>
  ref.document === doc.document && ref.issuer === doc.issuer;

/** The legal references of the plugins citing each document, verified and not. */
export function documentCounts(
  plugins: ReadonlyArray<Plugin>,
): Map<SourceDocument, { encoded: number; interpreted: number }> {
  const counts = new Map<SourceDocument, { encoded: number; interpreted: number }>();
  for (const plugin of plugins)
    for (const ref of refsIn([plugin.legalBasis, ...plugin.rules.map((r) => [r.legalRef, r.value])]))
      for (const doc of SOURCE_DOCUMENTS) {
        if (!names(ref, doc)) continue;
        const c = counts.get(doc) ?? { encoded: 0, interpreted: 0 };
        if (ref.verified) c.encoded += 1;
        else c.interpreted += 1;
        counts.set(doc, c);
      }
  return counts;
}

/** Every legal reference of the plugins that cites lines without naming a listed document. */
export function unlistedLineRefs(plugins: ReadonlyArray<Plugin>): LegalRef[] {
  return plugins
    .flatMap((plugin) => refsIn([plugin.legalBasis, ...plugin.rules.map((r) => [r.legalRef, r.value])]))
    .filter((ref) => ref.lines !== undefined && !SOURCE_DOCUMENTS.some((doc) => names(ref, doc)));
}

/** How a document is cited: number or name, issuer and date. */
export const citeDocument = (doc: SourceDocument): string =>
  citeLegalRef({ document: doc.document, issuer: doc.issuer, issued: doc.issued, verified: true });

/** The source documents section of docs/legal-sources.md. */
export function sourceDocumentsSection(plugins: ReadonlyArray<Plugin>): string {
  const counts = documentCounts(plugins);
  return [
    "## The provinces' source documents",
    "",
    "The provinces' own plans and reports the rules were read from, by official number (or name, where the document has none), issuer and date. A rule citing one gives the lines it was read from (`L231`: the line in the document's text). Per document: the legal references of the plugins that cite it on its own words (encoded), those that rest on an interpretation (interpreted, `verified: false`), and what it states that a one-stop system cannot run, with the reason.",
    "",
    table(
      ["Document", "Issuer", "Date", "What it is", "Encoded", "Interpreted", "Not encodable"],
      SOURCE_DOCUMENTS.map((d) => [
        d.document,
        d.issuer,
        d.issued,
        d.what,
        String(counts.get(d)?.encoded ?? 0),
        String(counts.get(d)?.interpreted ?? 0),
        String(d.notEncodable.length),
      ]),
    ),
    "",
    ...SOURCE_DOCUMENTS.flatMap((d) => [
      `### Not encodable: ${citeDocument(d)}`,
      "",
      ...d.notEncodable.map((n) => `- ${n.lines}: ${n.what} — ${n.why}.`),
      "",
    ]),
  ].join("\n");
}
