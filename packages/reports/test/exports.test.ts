/** CSV, HTML and JSON exports (toCsv.ts, toHtml.ts, aggregateToJson.ts). */
import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import {
  aggregate,
  aggregateToJson,
  parseAggregate,
  REPORTS_ERRORS,
  toCsv,
  toHtml,
  totalCounts,
} from "@motcua/reports";
import { CENTRE_SCOPE, DISTRICT_SCOPE, DT_CENTRE } from "./support/dongThap";
import { synthesize } from "./support/synthesize";
import { FIXTURE, RULES } from "./support/rules";

const period = { from: "2022-01-01", to: "2022-07-01" };
const small = synthesize(
  [
    {
      ...CENTRE_SCOPE,
      target: {
        carriedOver: 3,
        online: 20,
        counter: 10,
        postal: 7,
        early: 15,
        onTime: 17,
        late: 1,
        withinDeadline: 6,
        overdue: 1,
      },
    },
    {
      ...DISTRICT_SCOPE,
      target: {
        carriedOver: 0,
        online: 5,
        counter: 30,
        postal: 9,
        early: 20,
        onTime: 20,
        late: 2,
        withinDeadline: 1,
        overdue: 1,
      },
    },
  ],
  period,
);
const report = aggregate(small, period, RULES);
const names = { [DT_CENTRE]: 'Trung tâm "Phục vụ", HCC <tỉnh> & Bưu điện' };

/** A small RFC 4180 parser: fields, quotes, doubled quotes, CRLF. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
};

describe("toCsv", () => {
  const csv = toCsv(report, RULES, { officeNames: names, reportingUnit: "UBND tỉnh Đồng Tháp" });
  const bytes = Buffer.from(csv, "utf8");
  const rows = parseCsv(csv.slice(1));

  it("is UTF-8 with a BOM and CRLF line ends, diacritics intact", () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toBe(csv);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replaceAll("\r\n", "").includes("\n")).toBe(false);
    expect(csv).toContain("Số hồ sơ đang giải quyết: Quá hạn");
  });

  it("has the form's Vietnamese headers, in order, and the same number of fields on every line", () => {
    expect(rows[0]).toEqual([
      "STT",
      "Loại dòng",
      "Tên",
      "Mã đơn vị",
      "Số hồ sơ nhận giải quyết: Tổng số",
      "Số hồ sơ nhận giải quyết: Trong đó: Số mới tiếp nhận trực tuyến",
      "Số hồ sơ nhận giải quyết: Trong đó: Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính công ích",
      "Số hồ sơ nhận giải quyết: Trong đó: Số kỳ trước chuyển qua",
      "Số hồ sơ đã giải quyết: Tổng số",
      "Số hồ sơ đã giải quyết: Trả trước hạn",
      "Số hồ sơ đã giải quyết: Trả đúng hạn",
      "Số hồ sơ đã giải quyết: Trả quá hạn",
      "Số hồ sơ đang giải quyết: Tổng số",
      "Số hồ sơ đang giải quyết: Trong hạn",
      "Số hồ sơ đang giải quyết: Quá hạn",
    ]);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([15]));
  });

  it("quotes names with commas and quotes (RFC 4180), merges postal into the counter column, ends with the total", () => {
    const centre = rows.find((r) => r[3] === DT_CENTRE && r[1] === "Đơn vị");
    expect(centre?.[2]).toBe(names[DT_CENTRE]);
    expect(csv).toContain('"Trung tâm ""Phục vụ"", HCC <tỉnh> & Bưu điện"');
    expect(centre?.slice(4).map(Number)).toEqual([40, 20, 17, 3, 33, 15, 17, 1, 7, 6, 1]);
    const total = rows.find((r) => r[1] === "Tổng cộng");
    const t = totalCounts(report);
    expect(total?.slice(4).map(Number)).toEqual([
      t.received,
      t.online,
      t.counter + t.postal,
      t.carriedOver,
      t.resolved,
      t.early,
      t.onTime,
      t.late,
      t.pending,
      t.withinDeadline,
      t.overdue,
    ]);
    expect(rows.at(-1)?.[2]).toBe(
      "Biểu số 06/VPCP/KSTT; kỳ báo cáo từ ngày 01/01/2022 đến ngày 30/06/2022; đơn vị báo cáo: UBND tỉnh Đồng Tháp",
    );
    expect(rows.filter((r) => r[1] === "Cấp").map((r) => `${r[0]} ${r[2]}`)).toEqual([
      "I Cấp tỉnh",
      "II Cấp huyện",
    ]);
  });
});

describe("toHtml", () => {
  const html = toHtml(report, RULES, {
    officeNames: { ...names, "DT-H-TAN-HONG": "<script>alert(1)</script>" },
    reportingUnit: "UBND tỉnh <Đồng Tháp>",
  });

  it("is a self-contained, printable Vietnamese page", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("@page { size: A4 landscape;");
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).toContain("Kỳ báo cáo: từ ngày 01/01/2022 đến ngày 30/06/2022");
  });

  it("escapes every text it did not write", () => {
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Trung tâm &quot;Phục vụ&quot;, HCC &lt;tỉnh&gt; &amp; Bưu điện");
    expect(html).toContain("UBND tỉnh &lt;Đồng Tháp&gt;");
  });

  it("prints the figures with Vietnamese grouping and the shares of the reviews", () => {
    const big = toHtml(
      {
        period,
        rows: [
          {
            level: "province",
            officeId: DT_CENTRE,
            domain: "Tài chính",
            counts: {
              received: 55_147,
              newlyReceived: 54_833,
              online: 29_068,
              counter: 10_516,
              postal: 15_249,
              carriedOver: 314,
              resolved: 55_082,
              early: 30_000,
              onTime: 25_081,
              late: 1,
              pending: 65,
              withinDeadline: 65,
              overdue: 0,
            },
          },
        ],
      },
      RULES,
    );
    expect(big).toContain('<td class="n">55.147</td>');
    expect(big).toContain('<td class="n">25.765</td>'); // counter + postal in the form's column
    expect(big).toContain("15.249 (27,81%)");
    expect(big).toContain("55.081 (99,998%)");
    expect(big).toContain("1 (0,002%)");
    expect(toHtml(report, RULES, { locale: "en" })).toMatch(/\d\.\d\d%/);
  });
});

describe("aggregateToJson", () => {
  it("round-trips through parseAggregate and carries shares and sections", () => {
    const json = aggregateToJson(report, RULES, { officeNames: names });
    expect(parseAggregate(JSON.parse(json))).toEqual(report);
    const doc = JSON.parse(json);
    expect(doc.form).toBe("Biểu số 06/VPCP/KSTT");
    expect(doc.sections.at(-1)).toMatchObject({ kind: "total", label: "Tổng cộng" });
    expect(doc.rows[0].shares.online.text).toMatch(/%$/);
    expect(doc.sources).toEqual([FIXTURE]); // the legal references of the rules read, each once
  });

  it("refuses bad options with a coded error", () => {
    for (const f of [
      () => aggregateToJson(report, RULES, { locale: "fr" } as never),
      () => toCsv(report, RULES, { colour: 1 } as never),
      () => toHtml(report, RULES, 7 as never),
    ]) {
      let error: unknown;
      try {
        f();
      } catch (e) {
        error = e;
      }
      expect(isMotcuaError(error, REPORTS_ERRORS.invalidOptions)).toBe(true);
    }
  });
});
