/**
 * What the playground reads: the rulebooks offered, a month of a rulebook's working calendar, and
 * a deadline explained (the `sla.dueAt` check's answer, the deadline clock's explain timeline,
 * and the days counted and skipped).
 *
 * @internal
 */
import { builtinChecks } from "@motcua/conformance";
import {
  ChannelSchema,
  daysInMonth,
  formatCivilDate,
  formatInstant,
  fromDayNumber,
  MotcuaError,
  parseInstant,
  toDayNumber,
  vietnamDayNumber,
  type LegalRef,
} from "@motcua/core";
import type { DayInfo } from "@motcua/calendar";
import { computeClock } from "@motcua/sla";
import * as z from "zod";
import { RulebookSelectorSchema } from "../../schemas";
import { problemResponses, type App, type RouteContext } from "./common";

const LegalRefOut = z
  .object({
    document: z.string(),
    article: z.string().optional(),
    clause: z.string().optional(),
    point: z.string().optional(),
    verified: z.boolean(),
    note: z.string().optional(),
  })
  .loose();

const DayOut = z
  .object({
    date: z.string(),
    weekday: z.number().int().meta({ description: "0 = Sunday … 6 = Saturday." }),
    working: z.boolean(),
    kind: z.enum(["weekday", "weekend", "holiday", "compensatory", "makeUpWorkday", "localDayOff"]),
    name: z.string().optional(),
    nameEn: z.string().optional(),
    projected: z.boolean(),
    legalRef: LegalRefOut.optional(),
  })
  .meta({ id: "CalendarDay" });

const dayOut = (info: DayInfo) => ({
  date: info.date,
  weekday: (((toDayNumber(info.date) + 4) % 7) + 7) % 7,
  working: info.working,
  kind: info.kind,
  ...(info.name === undefined ? {} : { name: info.name }),
  ...(info.nameEn === undefined ? {} : { nameEn: info.nameEn }),
  projected: info.projected,
  ...(info.legalRef === undefined ? {} : { legalRef: info.legalRef as LegalRef }),
});

const ExplainInput = z.strictObject({
  processingDays: z.number().int().min(0).max(365).meta({ description: "Processing time in working days." }),
  channel: ChannelSchema,
  receivedAt: z.string().min(1).max(64).meta({ description: "Valid-receipt instant, ISO with offset." }),
});

const dueAtCheck = builtinChecks.get("sla.dueAt");

export function registerPlaygroundRoutes(app: App, ctx: RouteContext): void {
  app.get(
    "/v1/rulebooks",
    {
      schema: {
        operationId: "rulebooks",
        summary: "The rulebooks this server composes: the national baseline and each province plugin.",
        tags: ["rulebooks"],
        response: {
          200: z.object({
            rulebooks: z.array(
              z.object({
                ids: z.array(z.string()),
                plugins: z.array(z.object({ id: z.string(), version: z.string() })),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      rulebooks: ctx.rulebooks.rulebooks.map((key) => {
        const rb = ctx.rulebooks.resolve(key.split(","));
        return { ids: [...rb.ids], plugins: rb.plugins.map((p) => ({ id: p.id, version: p.version })) };
      }),
    }),
  );

  app.post(
    "/v1/calendar/month",
    {
      schema: {
        operationId: "calendar_month",
        summary: "Every day of a month on a rulebook's working calendar, with its kind, name and source.",
        tags: ["calendar"],
        body: z.strictObject({
          rulebook: RulebookSelectorSchema.optional(),
          year: z.number().int().min(1995).max(2100),
          month: z.number().int().min(1).max(12),
        }),
        response: {
          200: z.object({ year: z.number(), month: z.number(), days: z.array(DayOut) }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const { year, month } = request.body;
      const cal = ctx.rulebooks.select(request.body.rulebook).calendarAt(formatCivilDate(year, month, 1));
      const days = [];
      for (let d = 1; d <= daysInMonth(year, month); d++)
        days.push(dayOut(cal.dayInfo(formatCivilDate(year, month, d))));
      return { year, month, days };
    },
  );

  app.post(
    "/v1/explain/deadline",
    {
      schema: {
        operationId: "explain_deadline",
        summary: "The appointed return date of a dossier, explained day by day with legal sources.",
        description:
          "dueAt is the answer of the sla.dueAt check; the timeline is the deadline clock's explanation " +
          "(@motcua/sla computeClock) of a dossier received at receivedAt.",
        tags: ["sla"],
        body: z.strictObject({ rulebook: RulebookSelectorSchema.optional(), input: ExplainInput }),
        response: {
          200: z.object({
            dueAt: z.string(),
            receivedAt: z.string(),
            startedAt: z.string(),
            counted: z.array(z.string()).meta({ description: "Working days counted towards the period." }),
            skipped: z.array(z.string()).meta({ description: "Days not worked inside the period." }),
            timeline: z.array(
              z.object({
                at: z.string(),
                kind: z.string(),
                vi: z.string(),
                en: z.string(),
                legalRef: LegalRefOut.optional(),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const { processingDays, channel, receivedAt } = request.body.input;
      const rulebook = ctx.rulebooks.select(request.body.rulebook);
      const at = parseInstant(receivedAt, ["input", "receivedAt"]);
      const procedure = {
        code: "playground",
        processingTime: { amount: processingDays, unit: "workingDays" },
      };
      if (dueAtCheck === undefined)
        throw new MotcuaError({ code: "SERVER_INTERNAL", vi: "Thiếu sla.dueAt", en: "sla.dueAt missing" });
      const { dueAt } = dueAtCheck.run({ procedure, receivedAt, channel }, rulebook) as { dueAt: string };
      const actor = { role: "oneStopOfficer" as const };
      const events = [
        { id: "e1", type: "submitted" as const, at: receivedAt, actor, channel },
        { id: "e2", type: "received" as const, at: receivedAt, actor, dossierCode: "playground" },
      ];
      const clock = computeClock(
        events,
        procedure as never,
        rulebook.calendarAt(at),
        rulebook.inputsAt(at).slaRules,
        at,
      );
      const startDay = vietnamDayNumber(clock.startedAt);
      const dueDay = vietnamDayNumber(parseInstant(dueAt));
      const counted: string[] = [];
      const skipped: string[] = [];
      for (let d = startDay + 1; d <= dueDay; d++) {
        const date = fromDayNumber(d);
        (rulebook.calendarAt(at).isWorkingDay(date) ? counted : skipped).push(date);
      }
      return {
        dueAt,
        receivedAt: formatInstant(clock.receivedAt),
        startedAt: formatInstant(clock.startedAt),
        counted,
        skipped,
        timeline: clock.explain.map((e) => ({
          at: formatInstant(e.at),
          kind: e.kind,
          vi: e.vi,
          en: e.en,
          ...(e.legalRef === undefined ? {} : { legalRef: e.legalRef }),
        })),
      };
    },
  );
}
