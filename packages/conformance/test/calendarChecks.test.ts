/**
 * `calendar.dayInfo` reports whether the source deciding a day was read (`verified`): the days a
 * read statute decides, the days an unverified notice or code decides, and nothing on a plain day.
 */
import { describe, expect, it } from "vitest";
import { calendarChecks, nationalRulebookProvider } from "@motcua/conformance";

const dayInfo = calendarChecks.find((c) => c.id === "calendar.dayInfo");
const book = nationalRulebookProvider().resolve(["national"]);
const run = (date: string) => dayInfo?.run({ date }, book);

describe("calendar.dayInfo: verified", () => {
  it("is the deciding source's flag, and absent on a day no source decides", () => {
    // 1/1/2027: projected from Bộ luật Lao động 2019 Art. 112 (read).
    expect(run("2027-01-01")).toMatchObject({ kind: "holiday", projected: true, verified: true });
    // 2/9/2024: the 2024 notice (number not recorded: unverified).
    expect(run("2024-09-02")).toMatchObject({ kind: "holiday", projected: false, verified: false });
    // 1/1/2010: the 1994 code, not read.
    expect(run("2010-01-01")).toMatchObject({ verified: false });
    expect(run("2026-03-03")).not.toHaveProperty("verified");
    expect(dayInfo?.outputKeys).toContain("verified");
  });
});
