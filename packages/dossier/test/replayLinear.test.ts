import type { DossierEvent } from "@motcua/core";
import { describe, expect, it } from "vitest";
import { replay, replayWithXstate } from "@motcua/dossier";
import { baseRules } from "./fixtures";

const N = 100_000;
const T0 = Date.parse("2026-03-02T08:00:00+07:00");
const guided = (n: number): DossierEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `g${i}`,
    type: "guided",
    at: T0 + i,
    actor: { role: "oneStopOfficer", officeId: "HT-HCC" },
  })) as DossierEvent[];

// Issue 19, finding 2: the duplicate-id check compared each event with every earlier one, so one
// dossier of 100,000 events took ~14 s and 1,000,000 never finished. No timing is asserted here
// (the figures live in `pnpm bench`); the test only proves such a dossier replays, and that the
// duplicate is still found at the far end.
describe("replay is linear in the number of events of one dossier", () => {
  it(`replays ${N.toLocaleString("en")} events of one dossier and still finds a duplicate id`, () => {
    const events = guided(N);
    const r = replay(events, baseRules);
    expect(r.ok).toBe(true);
    const duplicated = [...events, { ...events[0], at: T0 + N } as DossierEvent];
    const d = replay(duplicated, baseRules);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.error.code).toBe("DOSSIER_DUPLICATE_EVENT_ID");
    expect(d.error.path).toEqual(["events", N, "id"]);
  }, 120_000);

  it.each([0, 7, 15, 16, 17, 40])("names the first carrier of a reused id, event %i", (j) => {
    // The first ids are kept in a scanned list, the later ones in a map: both sides must find it.
    const events = guided(50);
    for (const engine of [replay, replayWithXstate]) {
      const d = engine([...events, { ...events[j], at: T0 + 60 } as DossierEvent], baseRules);
      expect(d.ok).toBe(false);
      if (d.ok) continue;
      expect(d.error.code).toBe("DOSSIER_DUPLICATE_EVENT_ID");
      expect(d.error.data).toMatchObject({ eventIndex: 50, firstIndex: j, eventId: `g${j}` });
    }
  });

  it("tells apart ids of the same length and the same middle and last characters", () => {
    // The scan compares a print of each id (length and two characters) before the strings.
    const ids = ["xab", "yab", "zab", "\u{1F600}ab", "q\u{1F600}ab"];
    const events = ids.map((id, i) => ({ ...guided(1)[0], id, at: T0 + i }) as DossierEvent);
    for (const engine of [replay, replayWithXstate]) {
      expect(engine(events, baseRules).ok).toBe(true);
      const d = engine([...events, { ...events[1], at: T0 + 9 } as DossierEvent], baseRules);
      expect(d.ok).toBe(false);
      if (d.ok) continue;
      expect(d.error.data).toMatchObject({ eventIndex: ids.length, firstIndex: 1, eventId: "yab" });
    }
  });

  it("the xstate reference engine shares the check", () => {
    const events = guided(2_000);
    const r = replayWithXstate([...events, { ...events[1999], at: T0 + 5_000 } as DossierEvent], baseRules);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("DOSSIER_DUPLICATE_EVENT_ID");
  });
});
