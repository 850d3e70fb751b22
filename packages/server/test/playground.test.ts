import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  builtinChecks,
  pluginRulebookProvider,
  nationalCasesDir,
  reportJson,
  runConformance,
} from "@motcua/conformance";
import { SERVER_PLUGINS } from "../src/plugins";
import { Effect } from "effect";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlayground } from "../playground/buildPlayground";
import { silentServer } from "./helpers";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const outputDir = fileURLToPath(new URL("../test-output/", import.meta.url));

describe.skipIf(!haveChromium)(
  `playground in headless Debian Chromium${haveChromium ? "" : ` (skipped: ${CHROMIUM} not found; apt-get install -y chromium)`}`,
  () => {
    let dist: string;
    let app: FastifyInstance;
    let base: string;
    let browser: Browser;
    let page: Page;
    const foreign: string[] = [];

    beforeAll(async () => {
      dist = await buildPlayground(mkdtempSync(join(tmpdir(), "motcua-playground-")));
      app = await silentServer({ playgroundDir: dist });
      base = await app.listen({ port: 0, host: "127.0.0.1" });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
      });
      page = await browser.newPage({
        viewport: { width: 1280, height: 1100 },
        timezoneId: "America/Los_Angeles",
      });
      // No request may leave the loopback server (no CDN at run time): collected, asserted last.
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(base) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
      });
      await page.goto(`${base}/`);
      await page.waitForSelector("body[data-ready=true]");
    });
    afterAll(async () => {
      await browser?.close();
      await app?.close();
      if (dist !== undefined) rmSync(dist, { recursive: true, force: true });
    });

    const compute = async (province: string, days: number, channel: string, received: string) => {
      await page.click("#tab-deadline");
      await page.selectOption("#province", province);
      await page.fill("#days", String(days));
      await page.selectOption("#channel", channel);
      await page.fill("#received", received);
      const answered = page.waitForResponse((r) => r.url().endsWith("/v1/calendar/month"));
      await page.click("#compute");
      await answered;
      await page.waitForSelector("#result:not([hidden]) td.day");
      const dates = (selector: string) =>
        page.$$eval(selector, (cells) => cells.map((c) => c.getAttribute("data-date") ?? ""));
      return {
        due: (await page.textContent("#due")) ?? "",
        dueAt: await page.getAttribute("#due", "data-due-at"),
        counted: await dates("td.counted"),
        skipped: await dates("td.skipped"),
        holidays: await dates("td.holiday"),
        compensatory: await dates("td.compensatory"),
        makeUp: await dates("td.makeUpWorkday"),
        unverified: await page.$$eval("#timeline .source.unverified", (xs) => xs.length),
        sources: await page.$$eval("#timeline .source", (xs) => xs.length),
      };
    };

    it("computes the appointed return date in Vietnamese, with the days counted and skipped", async () => {
      expect(await page.textContent("h1")).toBe("Bộ phận Một cửa — tính ngày hẹn trả");
      const r = await compute("ha-tinh", 3, "postal", "2026-02-12T09:00");
      expect(r.dueAt).toBe("2026-02-24T09:00:00+07:00");
      expect(r.due).toBe("09:00 ngày 24/02/2026");
      expect(r.counted).toEqual(["2026-02-13", "2026-02-23", "2026-02-24"]);
      expect(r.skipped).toEqual([
        "2026-02-14",
        "2026-02-15",
        "2026-02-16",
        "2026-02-17",
        "2026-02-18",
        "2026-02-19",
        "2026-02-20",
        "2026-02-21",
        "2026-02-22",
      ]);
      expect(r.holidays.length).toBeGreaterThan(0);
      expect(r.sources).toBeGreaterThan(0);
      // The 2026 Tết notice is cited with verified: false, and marked so.
      expect(r.unverified).toBeGreaterThan(0);
      expect(await page.textContent("#timeline .source.unverified .badge")).toContain("chưa xác minh");
    });

    it("shows a make-up Saturday counted, holidays and a compensatory day skipped, then switches to English", async () => {
      const r = await compute("", 5, "counter", "2025-04-24T09:00");
      expect(r.makeUp).toEqual(["2025-04-26"]);
      expect(r.counted).toContain("2025-04-26");
      expect(r.holidays).toEqual(expect.arrayContaining(["2025-04-30", "2025-05-01"]));
      // Fri 2/5/2025 was swapped off against Sat 26/4 (the 2025 civil-service notice).
      expect(r.compensatory).toEqual(["2025-05-02"]);
      for (const d of ["2025-04-30", "2025-05-01", "2025-05-02"]) expect(r.skipped).toContain(d);
      // Fri 25, Sat 26 (make-up), Mon 28, Tue 29, Mon 5/5.
      expect(r.counted).toEqual(["2025-04-25", "2025-04-26", "2025-04-28", "2025-04-29", "2025-05-05"]);
      expect(r.dueAt).toBe("2025-05-05T09:00:00+07:00");
      await page.click("#lang-toggle");
      expect(await page.textContent("h1")).toBe("One-stop counter — appointed return date");
      expect(await page.textContent("#due")).toBe("2025-05-05 09:00");
      mkdirSync(outputDir, { recursive: true });
      const shot = join(outputDir, "playground-deadline.png");
      await page.screenshot({ path: shot, fullPage: true });
      console.log(`playground screenshot: ${shot}`);
      expect(existsSync(shot)).toBe(true);
      await page.click("#lang-toggle");
      expect(await page.textContent("h1")).toBe("Bộ phận Một cửa — tính ngày hẹn trả");
    });

    it("loads a conformance JSON report and filters it by status and text", async () => {
      const results = await Effect.runPromise(
        runConformance({
          cases: [nationalCasesDir()],
          checks: builtinChecks,
          provider: pluginRulebookProvider(SERVER_PLUGINS),
          rulebook: ["national", "vinh-phuc"],
        }),
      );
      expect(results.counts.skipped).toBeGreaterThan(0);
      await page.click("#tab-report");
      await page.setInputFiles("#report-file", {
        name: "results.json",
        mimeType: "application/json",
        buffer: Buffer.from(reportJson(results)),
      });
      await page.waitForSelector("#report-table tbody tr");
      const rows = () =>
        page.$$eval("#report-table tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-status")));
      expect(await rows()).toHaveLength(results.counts.total);
      await page.selectOption("#status-filter", "skipped");
      const skipped = await rows();
      expect(skipped).toHaveLength(results.counts.skipped);
      expect(new Set(skipped)).toEqual(new Set(["skipped"]));
      await page.selectOption("#status-filter", "");
      await page.fill("#search", "sla.dueAt");
      const found = await page.$$eval("#report-table tbody tr td:nth-child(4)", (tds) =>
        tds.map((td) => td.textContent),
      );
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found)).toEqual(new Set(["sla.dueAt"]));
      expect(await page.textContent("#report-summary")).toContain(`${results.counts.passed} đạt`);
      const shot = join(outputDir, "playground-report.png");
      await page.screenshot({ path: shot, fullPage: false });
      console.log(`playground screenshot: ${shot}`);
    });

    it("serves the API reference page and fetches nothing from outside the server", async () => {
      // A fresh page, collecting its requests the same way; the reference page has loaded when it
      // has fetched the OpenAPI document and shows its title.
      const ref = await browser.newPage();
      ref.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(base) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
      });
      await Promise.all([
        ref.waitForResponse((r) => r.url() === `${base}/openapi.json` && r.status() === 200),
        ref.goto(`${base}/reference`),
      ]);
      await ref.waitForSelector("text=motcua rules service", { timeout: 30_000 });
      await ref.waitForTimeout(1_000); // late requests, if any, are collected too
      expect(foreign).toEqual([]);
      await ref.close();
    });
  },
);
