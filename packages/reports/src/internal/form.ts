/**
 * The layout of Biểu số 06/VPCP/KSTT shared by the CSV and HTML exports: column labels and the
 * display rows (level sections, office subtotals, domain rows, grand total).
 *
 * @module
 */
import { LEVELS, type Level } from "@motcua/core";
import type { Aggregate } from "../Aggregate";
import { addCounts, type ReportCounts } from "../ReportCounts";

/** A figure column of the form: its group, label, and how it reads a row. */
export interface FormColumn {
  readonly group: string;
  readonly label: string;
  readonly value: (c: ReportCounts) => number;
}

/** Group headers of the form (Thông tư 01/2020/TT-VPCP, Biểu số 06/VPCP/KSTT). */
export const GROUP_RECEIVED = "Số hồ sơ nhận giải quyết";
export const GROUP_RESOLVED = "Số hồ sơ đã giải quyết";
export const GROUP_PENDING = "Số hồ sơ đang giải quyết";

/** How the exports column postal dossiers (`reports.postalColumn.export`). */
export type PostalExport = "separate" | "mergedWithInPerson";

const IN_PERSON_OR_POSTAL: FormColumn = {
  group: GROUP_RECEIVED,
  label: "Trong đó: Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính công ích",
  value: (c) => c.counter + c.postal,
};
const IN_PERSON: FormColumn = {
  group: GROUP_RECEIVED,
  label: "Trong đó: Số mới tiếp nhận trực tiếp",
  value: (c) => c.counter,
};
const POSTAL: FormColumn = {
  group: GROUP_RECEIVED,
  label: "Trong đó: Số mới tiếp nhận qua dịch vụ bưu chính công ích",
  value: (c) => c.postal,
};

const columnsWith = (channel: ReadonlyArray<FormColumn>): ReadonlyArray<FormColumn> => [
  { group: GROUP_RECEIVED, label: "Tổng số", value: (c) => c.received },
  { group: GROUP_RECEIVED, label: "Trong đó: Số mới tiếp nhận trực tuyến", value: (c) => c.online },
  ...channel,
  { group: GROUP_RECEIVED, label: "Trong đó: Số kỳ trước chuyển qua", value: (c) => c.carriedOver },
  { group: GROUP_RESOLVED, label: "Tổng số", value: (c) => c.resolved },
  { group: GROUP_RESOLVED, label: "Trả trước hạn", value: (c) => c.early },
  { group: GROUP_RESOLVED, label: "Trả đúng hạn", value: (c) => c.onTime },
  { group: GROUP_RESOLVED, label: "Trả quá hạn", value: (c) => c.late },
  { group: GROUP_PENDING, label: "Tổng số", value: (c) => c.pending },
  { group: GROUP_PENDING, label: "Trong hạn", value: (c) => c.withinDeadline },
  { group: GROUP_PENDING, label: "Quá hạn", value: (c) => c.overdue },
];

const MERGED = columnsWith([IN_PERSON_OR_POSTAL]);
const SEPARATE = columnsWith([IN_PERSON, POSTAL]);

/**
 * The figure columns in form order: eleven with postal merged into the form's "trực tiếp hoặc qua
 * dịch vụ bưu chính công ích" column, twelve with in person and postal apart.
 */
export const formColumns = (postal: PostalExport): ReadonlyArray<FormColumn> =>
  postal === "separate" ? SEPARATE : MERGED;

/** Kind of a display row. */
export type FormRowKind = "level" | "office" | "domain" | "total";

/** One line of the printed form. */
export interface FormRow {
  readonly kind: FormRowKind;
  /** STT: I, II… for levels, 1, 2… for offices, 1.1… for domains, empty for the total. */
  readonly number: string;
  readonly label: string;
  readonly level?: Level;
  readonly officeId?: string;
  readonly domain?: string;
  readonly counts: ReportCounts;
}

const ROMAN = ["I", "II", "III", "IV"];

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The sum of many counts, spread into calls of at most 10,000 (the stack limits arguments). */
const sumCounts = (list: ReadonlyArray<ReportCounts>): ReportCounts => {
  if (list.length <= 10_000) return addCounts(...list);
  const parts: ReportCounts[] = [];
  for (let i = 0; i < list.length; i += 10_000) parts.push(addCounts(...list.slice(i, i + 10_000)));
  return sumCounts(parts);
};

/**
 * Builds the display rows of an aggregate (already in form order). Rows are grouped by level, then
 * office, in order of first appearance, in one pass (filtering the rows once per office was
 * quadratic: 20,000 offices took seconds).
 */
export function formRows(a: Aggregate, officeNames: Readonly<Record<string, string>>): FormRow[] {
  const grouped = new Map<Level, Map<string, Array<Aggregate["rows"][number]>>>();
  for (const r of a.rows) {
    let offices = grouped.get(r.level);
    if (offices === undefined) {
      offices = new Map();
      grouped.set(r.level, offices);
    }
    const list = offices.get(r.officeId);
    if (list === undefined) offices.set(r.officeId, [r]);
    else list.push(r);
  }
  const out: FormRow[] = [];
  [...grouped].forEach(([level, offices], li) => {
    out.push({
      kind: "level",
      number: ROMAN[li] ?? String(li + 1),
      label: capitalize(LEVELS[level].vi),
      level,
      counts: sumCounts([...offices.values()].flat().map((r) => r.counts)),
    });
    [...offices].forEach(([officeId, inOffice], oi) => {
      out.push({
        kind: "office",
        number: String(oi + 1),
        label: Object.hasOwn(officeNames, officeId) ? (officeNames[officeId] as string) : officeId,
        level,
        officeId,
        counts: sumCounts(inOffice.map((r) => r.counts)),
      });
      inOffice.forEach((r, di) => {
        out.push({
          kind: "domain",
          number: `${oi + 1}.${di + 1}`,
          label: r.domain,
          level,
          officeId,
          domain: r.domain,
          counts: r.counts,
        });
      });
    });
  });
  out.push({
    kind: "total",
    number: "",
    label: "Tổng cộng",
    counts: sumCounts(a.rows.map((r) => r.counts)),
  });
  return out;
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`. */
export const vietnameseDate = (date: string): string => {
  const [y, m, d] = date.split("-");
  return `${d ?? ""}/${m ?? ""}/${y ?? ""}`;
};
