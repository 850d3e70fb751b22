/**
 * The composed `staffing` slot as `@motcua/staffing` norms.
 *
 * @internal
 */
import type { LegalRef } from "@motcua/core";
import type { NormValue, StaffingNorms } from "@motcua/staffing";
import type { Rulebook } from "../composeRulebook";
import type { Range } from "@motcua/core";
import { sourced, type Sourced } from "./sourced";

const norm = (value: number, s: Sourced<unknown>, legalRef: LegalRef = s.legalRef): NormValue => ({
  value,
  source: legalRef,
  verified: legalRef.verified,
});

const QUALIFICATIONS = {
  university: { id: "universityDegree", vi: "Trình độ đại học trở lên", en: "University degree or higher" },
  asRequiredForCivilServants: {
    id: "asRequiredForCivilServants",
    vi: "Trình độ tương đương theo quy định",
    en: "The qualification required of the civil servants replaced",
  },
} as const;

/**
 * Builds staffing norms from a composed plugin rulebook (as of its date):
 *
 * - `staffing.dossiersPerPostalEmployeePerDay` {min, max} → throughput;
 * - `staffing.domainsPerPostalEmployee` {min, max} → domain coverage (a range with a maximum;
 *   without a maximum the norm says "many domains");
 * - `staffing.reserveFactor` → reserve factor; else `staffing.reserveRequired: true` → one extra
 *   employee, `verified: false` (the sources ask for spare staff without a figure; one is the least
 *   that satisfies them — the same reading as `@motcua/staffing`'s Hà Tĩnh norms);
 * - `staffing.postalStaffQualification` → a qualification.
 *
 * The activity-time model (`staffing.activityNorms`) is not mapped: the slot gives minutes per
 * dossier for each activity, `@motcua/staffing` needs minutes per page for digitisation and the
 * working minutes of a day, and no source gives those figures (Quyết định 2133/QĐ-BTTTT).
 *
 * @internal
 */
export function staffingNormsOf(book: Rulebook): StaffingNorms {
  const throughput = sourced<Range>(book, "staffing", "dossiersPerPostalEmployeePerDay");
  const domains = sourced<Range>(book, "staffing", "domainsPerPostalEmployee");
  const factor = sourced<number>(book, "staffing", "reserveFactor");
  const required = sourced<boolean>(book, "staffing", "reserveRequired");
  const qualification = sourced<keyof typeof QUALIFICATIONS>(book, "staffing", "postalStaffQualification");
  const reserve: StaffingNorms["reserve"] | undefined =
    factor !== undefined
      ? { kind: "factor", factor: norm(factor.value, factor) }
      : required?.value === true
        ? {
            kind: "extra",
            extra: norm(1, required, {
              ...required.legalRef,
              verified: false,
              note: `${required.legalRef.note ?? "spare staff required"} — no figure: one spare employee is the least surplus that satisfies it (our reading).`,
            }),
          }
        : undefined;
  return {
    id: book.plugins.map((p) => p.id).join("+"),
    ...(throughput === undefined
      ? {}
      : {
          throughput: {
            min: norm(throughput.value.min, throughput),
            ...(throughput.value.max === undefined ? {} : { max: norm(throughput.value.max, throughput) }),
          },
        }),
    ...(domains === undefined
      ? {}
      : domains.value.max === undefined
        ? { domainCoverage: { kind: "many", source: domains.legalRef, verified: domains.legalRef.verified } }
        : {
            domainCoverage: {
              kind: "range",
              min: norm(domains.value.min, domains),
              max: norm(domains.value.max, domains),
            },
          }),
    ...(reserve === undefined ? {} : { reserve }),
    qualifications:
      qualification === undefined
        ? []
        : [
            {
              ...QUALIFICATIONS[qualification.value],
              source: qualification.legalRef,
              verified: qualification.legalRef.verified,
            },
          ],
    civilServantsFreed: [],
  };
}
