// Issue 17, point 5: an unknown enumerated value (an event type, a channel, a role, a level) lists
// the accepted values, with a "did you mean" for a near miss (before, an unknown event type said
// only "Matches none of the accepted shapes").
import { describe, expect, it } from "vitest";
import { ActorRoleSchema, ChannelSchema, DossierEventSchema, LevelSchema, safeDecode } from "@motcua/core";
import * as z from "zod";

const refusal = (schema: z.core.$ZodType, input: unknown) => {
  const r = safeDecode(schema, input);
  if (r.ok) throw new Error("expected a refusal");
  return r.error;
};

describe("safeDecode: enumerations list their values with a did-you-mean", () => {
  it("an event type misspelt: the tag's path, the accepted types and the closest", () => {
    const e = refusal(DossierEventSchema, {
      id: "e1",
      type: "submited",
      at: "2026-02-12T09:00:00+07:00",
      actor: { role: "applicant" },
      channel: "counter",
    });
    expect(e.path).toEqual(["type"]);
    expect(e.en).toContain('Invalid value "submited", expected one of: "submitted", "guided"');
    expect(e.en).toContain('did you mean "submitted"?');
    expect(e.vi).toContain('có phải ý bạn là "submitted"?');
  });

  it("a channel, a role and a level", () => {
    expect(refusal(ChannelSchema, "postl").en).toBe(
      'Invalid value "postl", expected one of: "counter", "postal", "online", "vneid"; did you mean "postal"?',
    );
    expect(refusal(ActorRoleSchema, "clerc").en).toContain('did you mean "clerk"?');
    // Far from every level: the list, no guess.
    expect(refusal(LevelSchema, "huyen").en).toBe(
      'Invalid value "huyen", expected one of: "ministry", "province", "district", "commune"',
    );
  });

  it("a union of literals is listed like an enumeration", () => {
    const e = refusal(z.object({ mode: z.union([z.literal("replace"), z.literal("support")]) }), {
      mode: "suport",
    });
    expect(e.path).toEqual(["mode"]);
    expect(e.en).toBe(
      'Invalid value "suport", expected one of: "replace", "support"; did you mean "support"?',
    );
  });

  it("a missing tag says it is missing and lists the accepted ones", () => {
    const e = refusal(DossierEventSchema, { id: "e1", at: 0, actor: { role: "applicant" } });
    expect(e.path).toEqual(["type"]);
    expect(e.en).toMatch(/^Required field is missing, expected one of: "submitted"/);
  });
});
