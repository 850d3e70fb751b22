/**
 * `handover.decide` and `staffing.plan` show every figure of a rule they read: who bears
 * responsibility, which sources are unverified, the cap at the strict end of a minimum-workload
 * band (issue 19: a rule the check hid could not be pinned by any case).
 */
import { dongThap } from "@motcua/province-dong-thap";
import { haTinh } from "@motcua/province-ha-tinh";
import { national } from "@motcua/national";
import { describe, expect, it } from "vitest";
import { handoverChecks, pluginRulebookProvider, staffingChecks } from "@motcua/conformance";

const decide = handoverChecks.find((c) => c.id === "handover.decide");
const plan = staffingChecks.find((c) => c.id === "staffing.plan");
const provider = pluginRulebookProvider([national, haTinh, dongThap]);

describe("handover.decide", () => {
  it("names the responsible party and no unverified source for a rule read in the plan", () => {
    const out = decide?.run(
      { request: { officeId: "HT-CANLOC", level: "district", scope: { kind: "all" } }, at: "2021-06-01" },
      provider.resolve(["national", "province-ha-tinh"]),
    );
    expect(out).toMatchObject({ responsible: ["districtChairman"], unverifiedSources: [], verified: true });
  });
  it("lists the authority and each step whose source is an interpretation", () => {
    const out = decide?.run(
      { request: { officeId: "DT-HCC", level: "province", scope: { kind: "all" } }, at: "2019-09-02" },
      provider.resolve(["national", "province-dong-thap"]),
    );
    expect(out).toMatchObject({
      responsible: [],
      unverifiedSources: ["authority", "advise:provincialOffice", "decide:provincialPeoplesCommittee"],
      verified: false,
    });
  });
  it("names the exception, not the authority, when a separate procedure replaces the steps", () => {
    const out = decide?.run(
      {
        request: { officeId: "HT-HCC", level: "province", scope: { kind: "all" }, agencyId: "STTTT" },
        at: "2021-06-01",
      },
      provider.resolve(["national", "province-ha-tinh"]),
    );
    expect(out).toMatchObject({
      exception: "van-ban-559",
      unverifiedSources: ["decide:provincialPeoplesCommittee"],
      verified: false,
    });
  });
});

describe("staffing.plan", () => {
  it("gives the cap at the strict end of a 15-20 band", () => {
    const out = plan?.run(
      { asOf: "2021-06-01", volumes: [{ domain: "Tư pháp", dossiersPerDay: 60 }] },
      provider.resolve(["national", "province-ha-tinh"]),
    );
    expect(out).toMatchObject({ range: { min: 1, max: 4 }, maxStaffAtStrictEnd: 3 });
  });
  it("gives the civil servants freed: the count given and the rulebook's reference for the level", () => {
    const run = (level: string, extra: Record<string, unknown> = {}) =>
      plan?.run(
        {
          asOf: "2022-06-30",
          level,
          staffOnDuty: 2,
          volumes: [{ domain: "Tư pháp", dossiersPerDay: 30 }],
          ...extra,
        },
        provider.resolve(["national", "province-dong-thap"]),
      );
    expect(run("district", { civilServantsAtCounter: 5 })).toMatchObject({
      drivenBy: "given",
      civilServantsFreed: { atCounter: 5, reference: { min: 2, max: 8 } },
    });
    expect(run("province")).toMatchObject({ civilServantsFreed: { reference: { min: 10, max: 10 } } });
    expect(run("commune")).not.toHaveProperty("civilServantsFreed");
  });
});
