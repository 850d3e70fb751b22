import { describe, expect, it } from "vitest";
import {
  decode,
  findHandover,
  HandoverEntrySchema,
  isMotcuaError,
  type HandoverRegister,
} from "@motcua/core";

// Hà Tĩnh phase II (Kế hoạch 41/KH-UBND, UBND tỉnh Hà Tĩnh, 18/02/2021): Sở Tài chính handed over from 22/02/2021;
// commune cultural post offices: postal staff only support.
const kh41 = {
  document: "Kế hoạch 41/KH-UBND",
  issuer: "UBND tỉnh Hà Tĩnh",
  issued: "2021-02-18",
  verified: true,
};
const register: HandoverRegister = [
  {
    officeId: "HT-HCC",
    scope: { kind: "department", agencyId: "STC" },
    mode: "replace",
    since: "2021-02-22",
    decision: kh41,
  },
  {
    officeId: "HT-HCC",
    scope: { kind: "procedures", codes: ["1.001"] },
    mode: "support",
    since: "2021-01-01",
    decision: kh41,
  },
  { officeId: "XA-1", scope: { kind: "all" }, mode: "support", since: "2021-02-22", decision: kh41 },
  {
    officeId: "OLD",
    scope: { kind: "domain", domain: "Tư pháp" },
    mode: "replace",
    since: "2019-01-01",
    until: "2025-06-30",
    decision: kh41,
  },
];

describe("findHandover", () => {
  it("finds department, domain, procedure and whole-office scopes within their dates", () => {
    const q = { officeId: "HT-HCC", procedureCode: "1.001", competentAgency: "STC", date: "2021-03-01" };
    expect(findHandover(register, q)?.mode).toBe("replace"); // replace beats support
    expect(findHandover(register, { ...q, date: "2021-02-21" })?.mode).toBe("support"); // before phase II
    expect(findHandover(register, { ...q, procedureCode: "9.9", date: "2021-02-21" })).toBeUndefined();
    expect(findHandover(register, { officeId: "XA-1", procedureCode: "x", date: "2022-01-01" })?.mode).toBe(
      "support",
    );
    expect(
      findHandover(register, { officeId: "OLD", procedureCode: "x", domain: "Tư pháp", date: "2025-06-30" }),
    ).toBeDefined();
    expect(
      findHandover(register, { officeId: "OLD", procedureCode: "x", domain: "Tư pháp", date: "2025-07-01" }),
    ).toBeUndefined();
    expect(
      findHandover(register, { officeId: "OLD", procedureCode: "x", date: "2024-01-01" }),
    ).toBeUndefined(); // domain unknown
  });

  it("rejects malformed entries with the field named", () => {
    try {
      decode(HandoverEntrySchema, {
        officeId: "X",
        scope: { kind: "domain" },
        mode: "replace",
        since: "2021-02-30",
        decision: kh41,
      });
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "INVALID_INPUT")).toBe(true);
      if (isMotcuaError(e)) expect(e.issues.map((i) => i.path.join("."))).toEqual(["scope.domain", "since"]);
    }
  });
});
