/**
 * The template plugin's rules, checked with the plugin SDK's RuleTester (values, provenance,
 * verified flags) — and the guarantees a template must keep: every rule is marked as a
 * placeholder, and the national rule cases still hold on top of it.
 */
import { makeCalendar } from "@motcua/calendar";
import { national, nationalCases } from "@motcua/national";
import { composeRulebook, definePlugin, getRule, RuleTester, sliceOf } from "@motcua/plugin-sdk";
import { describe, expect, it } from "vitest";
import { plugin, TEMPLATE_NOTE, TEMPLATE_PROCEDURE_CODE } from "../src/plugin";

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ base: [national] });

const paths = [
  "calendar.officeHours",
  "calendar.localDaysOff",
  `procedures.${TEMPLATE_PROCEDURE_CODE}`,
  "handover.authorities",
  "handover.learning",
  "permissions.communePostalRole",
];

tester.run("province-mau (template)", plugin, {
  valid: [
    {
      name: "from 2026 the template supplies its office hours, day off, procedure, authorities (all unverified)",
      asOf: "2026-03-02",
      expect: {
        "calendar.officeHours": [
          {
            sessions: [
              { start: "07:30", end: "11:30" },
              { start: "13:00", end: "17:00" },
            ],
          },
        ],
        "calendar.localDaysOff": [{ date: "2026-10-05", name: "Ngày nghỉ địa phương (MẪU — hư cấu)" }],
        "handover.learning": { minMonths: 1, untilProficient: true },
        "permissions.communePostalRole": "support",
      },
      suppliedBy: Object.fromEntries(paths.map((p) => [p, "province-mau"])),
      unverified: paths,
      source: "src/plugin.ts (TEMPLATE PLACEHOLDER)",
    },
    {
      name: "before 2026 the national office hours stand and the template adds nothing",
      asOf: "2025-12-31",
      expect: {
        "calendar.officeHours": [
          {
            sessions: [
              { start: "08:00", end: "12:00" },
              { start: "13:00", end: "17:00" },
            ],
          },
        ],
      },
      suppliedBy: { "calendar.officeHours": "national" },
      absent: ["calendar.localDaysOff", "handover.authorities", `procedures.${TEMPLATE_PROCEDURE_CODE}`],
      source: "@motcua/national calendar.officeHours (national default sessions, unverified)",
    },
    {
      name: "the national SLA rules are untouched (paper transfer cut-off 15:00, restart after a supplement)",
      asOf: "2026-03-02",
      expect: { "sla.paperTransferCutoff": "15:00", "sla.supplementPolicy": "restart" },
      suppliedBy: { "sla.paperTransferCutoff": "national", "sla.supplementPolicy": "national" },
      source: "Nghị định 61/2018/NĐ-CP Art. 18, 19 (via @motcua/national)",
    },
  ],
  invalid: [
    {
      name: "redefining the national office hours without a mode is refused (overrides are explicit)",
      asOf: "2026-03-02",
      plugin: {
        ...pluginInputWith({
          officeHours: {
            value: [{ sessions: [{ start: "07:30", end: "11:30" }] }],
            legalRef: { document: "x", verified: false },
          },
        }),
      },
      errors: ["COMPOSE_IMPLICIT_OVERRIDE"],
    },
    {
      name: "overlapping sessions are refused when the plugin is defined",
      plugin: pluginInputWith({
        officeHours: {
          mode: "replace",
          value: [
            {
              sessions: [
                { start: "07:30", end: "11:30" },
                { start: "11:00", end: "17:00" },
              ],
            },
          ],
          legalRef: { document: "x", verified: false },
        },
      }),
      errors: ["PLUGIN_OVERLAPPING_SESSIONS"],
    },
  ],
});

tester.run("province-mau (template) × national rule cases", plugin, nationalCases);

/** A minimal plugin input with only these calendar rules (for the invalid cases). */
function pluginInputWith(calendar: Record<string, unknown>): Record<string, unknown> {
  return {
    id: "province-mau",
    name: "Tỉnh Mẫu (variant)",
    version: "0.0.0",
    jurisdiction: { level: "province", province: "mau" },
    legalBasis: [{ document: "x", verified: false }],
    rules: { calendar },
  };
}

describe("the template stays a template", () => {
  it("marks every rule and every basis document as an unverified placeholder", () => {
    expect(plugin.rules.length).toBe(paths.length);
    for (const rule of plugin.rules) {
      expect(rule.legalRef.verified, rule.path).toBe(false);
      expect(rule.legalRef.note ?? "", rule.path).toContain(TEMPLATE_NOTE);
      expect(rule.legalRef.document, rule.path).toContain("MẪU");
    }
    expect(plugin.legalBasis.every((ref) => ref.verified === false)).toBe(true);
    expect(plugin.name).toContain("hư cấu");
  });

  it("the procedure entry is the province's catalogue entry, with its own time limit", () => {
    const book = composeRulebook([national, plugin], { asOf: "2026-03-02" });
    const rule = getRule(book, "procedures", TEMPLATE_PROCEDURE_CODE);
    expect(rule?.value).toMatchObject({
      code: TEMPLATE_PROCEDURE_CODE,
      processingTime: { amount: 3, unit: "workingDays" },
      supplementPolicy: "restart",
    });
    expect(rule?.provenance.map((s) => `${s.plugin}:${s.mode}`)).toEqual(["province-mau:define"]);
  });

  it("a vendor's copy with a typo in a slot key fails with a suggestion", () => {
    expect(() =>
      definePlugin(
        pluginInputWith({ officeHour: { value: {}, legalRef: { document: "x", verified: false } } }) as never,
      ),
    ).toThrow(/officeHours/);
  });
});

describe("what the concept packages read from the template (sliceOf of @motcua/plugin-sdk)", () => {
  it("from 2026: the province's 07:30 sessions in the calendar, postal staff only support at commune level, a province handover authority", () => {
    const book = composeRulebook([national, plugin], { asOf: "2026-10-06" });
    const calendar = makeCalendar(sliceOf(book, "calendar"));
    expect(calendar.nextWorkingInstant("2026-10-06T07:10:00+07:00")).toBe(
      Date.parse("2026-10-06T07:30:00+07:00"),
    );
    expect(calendar.dayInfo("2026-10-05")).toMatchObject({
      working: false,
      kind: "localDayOff",
      overlay: "province-mau",
    });
    expect(sliceOf(book, "permissions").communePostalRole?.value).toBe("support");
    const handover = sliceOf(book, "handover");
    expect(handover.authorities?.value.map((a) => a.level)).toEqual(["province", "commune"]);
    expect(handover.authorities?.verified).toBe(false);
    expect(handover.learning?.value.untilProficient).toBe(true);
  });
});
