/**
 * The composed `handover` slot as a `@motcua/handover` rulebook.
 *
 * @internal
 */
import type { LegalRef, Level, Validity } from "@motcua/core";
import type { ApprovalStep, HandoverRules } from "@motcua/handover";
import type { Rulebook } from "../composeRulebook";
import type { HandoverAuthority, HandoverException } from "../handoverSlot";
import { sourced, type Sourced } from "./sourced";

const LEVEL_KEYS = [
  ["province", "provinceAuthority"],
  ["district", "districtAuthority"],
  ["commune", "communeAuthority"],
] as const;

/** Propose, agree, advise, decide, inform, liaise: the order `@motcua/handover` lists steps in. */
const stepsOf = (a: HandoverAuthority, legalRef: LegalRef): ApprovalStep[] => [
  ...(a.proposer === undefined ? [] : [{ duty: "propose" as const, party: a.proposer, legalRef }]),
  ...(a.liaisonRequired === true
    ? [{ duty: "liaise" as const, party: "departmentLiaison" as const, legalRef }]
    : []),
  ...a.agreedWith.map((party) => ({ duty: "agree" as const, party, legalRef })),
  ...(a.advisedBy === undefined ? [] : [{ duty: "advise" as const, party: a.advisedBy, legalRef }]),
  { duty: "decide" as const, party: a.decider, legalRef },
  ...(a.reportsTo === undefined ? [] : [{ duty: "inform" as const, party: a.reportsTo, legalRef }]),
];

/** The validity of the rule version in force on the rulebook's date (the last step's). */
const validityOf = (book: Rulebook, path: string): Validity => {
  const rule = book.rules.get(path);
  return rule?.provenance[rule.provenance.length - 1]?.validity ?? {};
};

const NO_SOURCE: LegalRef = {
  document: "@motcua/plugin-sdk conceptInputsOf",
  verified: false,
  note: "The rulebook has no handover rule for this item.",
};

const LEVELS: ReadonlyArray<Level> = ["province", "district", "commune"];

/**
 * Builds the handover rulebook of a composed plugin rulebook (as of its date):
 *
 * - `handover.<level>Authority` → an approval authority with steps propose, liaise (when
 *   `liaisonRequired`), agree…, advise, decide, inform; mode `support` at commune level when
 *   `permissions.communePostalRole` is `support`, else `replace`; validity of the rule version;
 * - `handover.exceptions` (a request names the exception by its `id` as `agencyId`):
 *   `keepsCivilServants` → `untilOwnProposal`; `separateInstruction` → `separateProcedure` whose
 *   only step is the provincial People's Committee deciding under that document, unverified
 *   (the plugin does not give the document's steps), at every level;
 * - `handover.learningPeriodMonths` → the learning period (`untilProficient` is not a slot: false);
 * - `handover.proficiencyAssessors` → the assessors.
 *
 * @internal
 */
export function handoverRulesOf(book: Rulebook): HandoverRules {
  const communeRole = sourced<string>(book, "permissions", "communePostalRole");
  const authorities = LEVEL_KEYS.flatMap(([level, key]) => {
    const a = sourced<HandoverAuthority>(book, "handover", key);
    if (a === undefined) return [];
    return [
      {
        id: `${a.plugins[a.plugins.length - 1] ?? "rulebook"}/${level}`,
        level,
        validity: validityOf(book, `handover.${key}`),
        mode:
          level === "commune" && communeRole?.value === "support"
            ? ("support" as const)
            : ("replace" as const),
        steps: stepsOf(a.value, a.legalRef),
        legalRef: a.legalRef,
      },
    ];
  });
  const exceptions = sourced<ReadonlyArray<HandoverException>>(book, "handover", "exceptions");
  const learning = sourced<{ min: number; max?: number }>(book, "handover", "learningPeriodMonths");
  const assessors = sourced<ReadonlyArray<ApprovalStep["party"]>>(book, "handover", "proficiencyAssessors");
  const first: Sourced<unknown> | undefined = authorities.length > 0 ? undefined : learning;
  return {
    id: book.plugins.map((p) => p.id).join("+"),
    ...(book.jurisdiction.level === "national" ? {} : { province: book.jurisdiction.province }),
    source: authorities[0]?.legalRef ?? first?.legalRef ?? NO_SOURCE,
    learning: {
      ...(learning === undefined ? {} : { minMonths: learning.value.min }),
      ...(learning?.value.max === undefined ? {} : { maxMonths: learning.value.max }),
      untilProficient: false,
      legalRef: learning?.legalRef ?? NO_SOURCE,
    },
    assessment: {
      parties:
        assessors === undefined || assessors.value.length === 0 ? ["concernedUnits"] : [...assessors.value],
      legalRef: assessors?.legalRef ?? NO_SOURCE,
    },
    authorities,
    exceptions: (exceptions?.value ?? []).flatMap((x) =>
      LEVELS.map((level) =>
        x.kind === "keepsCivilServants"
          ? {
              id: `${x.id}/${level}`,
              agencyIds: [x.id],
              level,
              effect: "untilOwnProposal" as const,
              legalRef: exceptions?.legalRef ?? NO_SOURCE,
            }
          : {
              id: `${x.id}/${level}`,
              agencyIds: [x.id],
              level,
              effect: "separateProcedure" as const,
              steps: [
                {
                  duty: "decide" as const,
                  party: "provincialPeoplesCommittee" as const,
                  legalRef: {
                    document: x.document ?? x.unit,
                    verified: false,
                    note: `${x.unit} hands over under a separate document; its steps are not in the plugin (only that the provincial People's Committee issued it).`,
                  },
                },
              ],
              legalRef: exceptions?.legalRef ?? NO_SOURCE,
            },
      ),
    ),
  };
}
