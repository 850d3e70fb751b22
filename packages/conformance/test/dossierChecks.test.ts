/**
 * `dossier.paperTransferDueAt`: by when a paper dossier goes to the competent agency, under the
 * rulebook's `sla.paperTransferCutoff` (Nghị định 61/2018 Art. 18: same working day, or the start
 * of the next one when received after 15:00).
 */
import { describe, expect, it } from "vitest";
import { dossierChecks, nationalRulebookProvider } from "@motcua/conformance";

const check = dossierChecks.find((c) => c.id === "dossier.paperTransferDueAt");
const book = nationalRulebookProvider().resolve(["national"]);

describe("dossier.paperTransferDueAt", () => {
  it("is the end of the receipt day up to 15:00, the next working morning after", () => {
    expect(check?.run({ receivedAt: "2026-02-12T15:00:00+07:00" }, book)).toEqual({
      dueAt: "2026-02-12T17:00:00+07:00",
    });
    // Fri 13/2/2026 15:30: the next working day is Mon 23/2, after Tết.
    expect(check?.run({ receivedAt: "2026-02-13T15:30:00+07:00" }, book)).toEqual({
      dueAt: "2026-02-23T08:00:00+07:00",
    });
  });
  it("refuses an instant that is not one with a coded error", () => {
    expect(() => check?.run({ receivedAt: "soon" }, book)).toThrow(
      expect.objectContaining({ code: expect.any(String) }),
    );
  });
});
