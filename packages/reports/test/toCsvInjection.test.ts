import { describe, expect, it } from "vitest";
import { aggregate, toCsv, type DossierSummaryInput } from "@motcua/reports";
import { RULES } from "./support/rules";

const period = { from: "2022-01-01", to: "2022-04-01" };
const dossier = (officeId: string): DossierSummaryInput => ({
  officeId,
  level: "province",
  domain: "Tài chính",
  channel: "postal",
  receivedAt: "2022-03-01T09:00:00+07:00",
  dueAt: "2022-03-08T17:00:00+07:00",
  completedAt: "2022-03-07T10:00:00+07:00",
});
const report = aggregate([dossier("DT-HCC")], period, RULES);
/** The "Tên" (name) field of the office row. */
const officeName = (csv: string): string | undefined =>
  csv
    .split("\r\n")
    .find((l) => l.includes("DT-HCC"))
    ?.split(",")[2];

// Issue 19, finding 7 (OWASP "CSV Injection"): a cell starting with =, +, -, @, tab or CR is run as
// a formula by spreadsheet programs; the one-stop staff open these files in Excel.
describe("toCsv neutralises formula-leading cells", () => {
  it.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
  ])("%j → %j", (name, expected) => {
    expect(officeName(toCsv(report, RULES, { officeNames: { "DT-HCC": name } }))).toBe(expected);
  });

  it("a leading CR is neutralised too (and quoted, RFC 4180)", () => {
    expect(toCsv(report, RULES, { officeNames: { "DT-HCC": "\r=1" } })).toContain('"\'\r=1"');
  });

  it("leaves ordinary text and numbers alone", () => {
    const csv = toCsv(report, RULES, { officeNames: { "DT-HCC": "Trung tâm Phục vụ HCC" } });
    expect(officeName(csv)).toBe("Trung tâm Phục vụ HCC");
    expect(csv).not.toContain("'");
  });

  it("opt out with { formulaSafe: false } for a consumer that is not a spreadsheet", () => {
    const csv = toCsv(report, RULES, { officeNames: { "DT-HCC": "-2+3" }, formulaSafe: false });
    expect(officeName(csv)).toBe("-2+3");
  });
});
