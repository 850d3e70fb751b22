import { describe, expect, it } from "vitest";
import { aggregate, type Aggregate } from "@motcua/reports";
import { formRows } from "../../src/internal/form";
import { RULES } from "../support/rules";

// Fuzz finding (reports.toHtml, reports.aggregateToJson: hangs): the form's sections filtered all
// rows once per office, so 20,000 offices of one level took about 10 s in each export and 150,000
// would take about 8 minutes (quadratic); past about 120,000 rows, spreading every row's counts
// into one call overflowed the stack (a RangeError). Grouped in one pass and summed in chunks,
// 150,000 rows are well within the test timeout.
describe("formRows groups the rows in one pass", () => {
  const one = aggregate(
    [
      {
        officeId: "O",
        level: "province",
        domain: "Tài chính",
        channel: "online",
        receivedAt: "2022-03-01T09:00:00+07:00",
        dueAt: "2022-03-08T17:00:00+07:00",
        completedAt: "2022-03-07T10:00:00+07:00",
      },
    ],
    { from: "2022-03-01", to: "2022-04-01" },
    RULES,
  );
  const row = one.rows[0] as Aggregate["rows"][number];

  it("150,000 offices of one level: one level line, one line and one domain line per office, the total", () => {
    const offices = 150_000;
    const rows = Array.from({ length: offices }, (_, i) => ({ ...row, officeId: `O-${i}` }));
    const out = formRows({ period: one.period, rows }, {});
    expect(out).toHaveLength(1 + 2 * offices + 1);
    expect(out[0]).toMatchObject({ kind: "level", number: "I", counts: { received: offices } });
    expect(out[1]).toMatchObject({ kind: "office", number: "1", officeId: "O-0" });
    expect(out.at(-2)).toMatchObject({
      kind: "domain",
      number: `${offices}.1`,
      officeId: `O-${offices - 1}`,
    });
    expect(out.at(-1)).toMatchObject({ kind: "total", counts: { received: offices } });
  });

  it("keeps the order of first appearance of levels, offices and domains", () => {
    const at = (level: "province" | "district", officeId: string, domain: string) => ({
      ...row,
      level,
      officeId,
      domain,
    });
    const rows = [
      at("province", "A", "x"),
      at("district", "C", "x"),
      at("province", "B", "x"),
      at("province", "A", "y"),
    ];
    expect(
      formRows({ period: one.period, rows }, { A: "Văn phòng A" }).map(
        (r) => `${r.kind}:${r.number}:${r.label}`,
      ),
    ).toEqual([
      "level:I:Cấp tỉnh",
      "office:1:Văn phòng A",
      "domain:1.1:x",
      "domain:1.2:y",
      "office:2:B",
      "domain:2.1:x",
      "level:II:Cấp huyện",
      "office:1:C",
      "domain:1.1:x",
      "total::Tổng cộng",
    ]);
  });
});
