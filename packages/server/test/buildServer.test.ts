import { builtinChecks, pluginRulebookProvider } from "@motcua/conformance";
import { SERVER_PLUGINS } from "../src/plugins";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProblemSchema } from "../src/index";
import { post, procedure3, silentServer } from "./helpers";

let app: FastifyInstance;
beforeAll(async () => {
  app = await silentServer({ bodyLimit: 64 * 1024 });
});
afterAll(() => app.close());

const expectProblem = (res: Awaited<ReturnType<typeof post>>, status: number, code: string) => {
  expect(res.statusCode).toBe(status);
  expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const problem = ProblemSchema.parse(res.json());
  expect(problem).toMatchObject({ status, code, type: `urn:motcua:error:${code}` });
  expect(problem.vi.length).toBeGreaterThan(0);
  expect(problem.en.length).toBeGreaterThan(0);
  return problem;
};

describe("check routes", () => {
  it("serve one route per registered check", async () => {
    const doc = (await app.inject({ method: "GET", url: "/openapi.json" })).json() as { paths: object };
    for (const id of builtinChecks.keys()) expect(Object.keys(doc.paths)).toContain(`/v1/${id}`);
  });

  it("answer sla.dueAt exactly as the check does, on the national rulebook by default", async () => {
    const input = { procedure: procedure3, receivedAt: "2026-02-12T09:00:00+07:00" };
    const res = await post(app, "/v1/sla.dueAt", { input });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ dueAt: "2026-02-24T09:00:00+07:00" });
    const direct = builtinChecks
      .get("sla.dueAt")!
      .run(input, pluginRulebookProvider(SERVER_PLUGINS).resolve(["national"]));
    expect(res.json()).toEqual(direct);
  });

  it("choose the rulebook per request: by province, or by plugin ids", async () => {
    // Every province rulebook answers, with the rules in force on the day asked about (Vĩnh Phúc's
    // plugin applies from 1/4/2025 until its merger on 30/6/2025).
    for (const [rulebook, date] of [
      [{ province: "ha-tinh" }, "2026-02-17"],
      [{ province: "province-vinh-phuc" }, "2025-05-01"],
      [["national", "dong-thap"], "2026-02-17"],
    ] as const) {
      const res = await post(app, "/v1/calendar.dayInfo", { rulebook, input: { date } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ working: false, kind: "holiday" });
    }
  });

  it("compose any province of either era by province, a former Vĩnh Phúc office in 2026 as Phú Thọ", async () => {
    // Vĩnh Phúc was merged into Phú Thọ on 1/7/2025 (Nghị quyết 202/2025/QH15): an office of it
    // then gets the national baseline as Phú Thọ, never Vĩnh Phúc's rules and never an error.
    const explainAt = (province: string, asOf: string) =>
      post(app, "/v1/explain/rule", { rulebook: { province, asOf }, path: "sla.paperTransferCutoff", asOf });
    const after = await explainAt("vinh-phuc", "2026-03-02");
    expect(after.statusCode).toBe(200);
    expect(after.json().jurisdiction).toEqual({ level: "province", province: "phu-tho" });
    expect(after.json().text).toMatch(/no province rules of Phú Thọ/);
    expect(after.json().text).toMatch(/province-vinh-phuc ended on 2025-06-30/);
    // Before the merger, Vĩnh Phúc's own plugin.
    const before = await explainAt("vinh-phuc", "2025-05-05");
    expect(before.json().jurisdiction).toEqual({ level: "province", province: "vinh-phuc" });
    expect(before.json().plugins.map((p: { id: string }) => p.id)).toEqual([
      "national",
      "province-vinh-phuc",
    ]);
    // Former Tiền Giang in 2026: Đồng Tháp, without the Đồng Tháp plan's rules.
    const tg = await explainAt("tien-giang", "2026-03-02");
    expect(tg.json().jurisdiction).toEqual({ level: "province", province: "dong-thap" });
    expect(tg.json().text).toMatch(/offices of former Tiền Giang/);
    // A province with no plugin: the national baseline.
    const ok = await post(app, "/v1/calendar.dayInfo", {
      rulebook: { province: "an-giang", asOf: "2026-03-02" },
      input: { date: "2026-02-17" },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ working: false, kind: "holiday" });
  });

  it("name the path of an unknown rule in explain/rule, with the closest path", async () => {
    const res = await post(app, "/v1/explain/rule", { path: "sla.paperTransferCutof", asOf: "2026-03-02" });
    const p = expectProblem(res, 400, "RULEBOOK_UNKNOWN_PATH");
    expect(p.path).toEqual(["path"]);
    expect(p.en).toMatch(/did you mean "sla.paperTransferCutoff"/);
  });

  it("refuse plugin ids not in force on the input's date with the composition's own code", async () => {
    // Plugin ids compose exactly the plugins named: Vĩnh Phúc's ended on 30/6/2025.
    const res = await post(app, "/v1/calendar.dayInfo", {
      rulebook: ["national", "vinh-phuc"],
      input: { date: "2026-03-02" },
    });
    expectProblem(res, 400, "COMPOSE_JURISDICTION_ENDED");
  });
});

describe("problem documents (RFC 9457)", () => {
  it("carry the rule's own code, messages and path for a value the rule refuses", async () => {
    const res = await post(app, "/v1/sla.dueAt", { input: { procedure: procedure3, receivedAt: "hôm qua" } });
    const p = expectProblem(res, 400, "SLA_INVALID_INSTANT");
    expect(p.path).toEqual(["receivedAt"]);
    expect(p.instance).toBe("/v1/sla.dueAt");
    expect(p.detail).toBe(p.en);
  });

  it("name the missing input field with the check's code", async () => {
    const p = expectProblem(
      await post(app, "/v1/sla.dueAt", { input: { procedure: procedure3 } }),
      400,
      "CONFORMANCE_INVALID_INPUT",
    );
    expect(p.path).toEqual(["input", "receivedAt"]);
  });

  it("name an unknown envelope key", async () => {
    const p = expectProblem(
      await post(app, "/v1/sla.dueAt", {
        input: { procedure: procedure3, receivedAt: "2026-02-12T09:00:00+07:00" },
        rulbook: [],
      }),
      400,
      "SERVER_INVALID_REQUEST",
    );
    expect(p.en).toMatch(/rulbook/);
  });

  it("suggest the closest rulebook id, and list the provinces for an unknown province", async () => {
    const a = expectProblem(
      await post(app, "/v1/calendar.dayInfo", { rulebook: ["nationl"], input: { date: "2026-01-01" } }),
      400,
      "CONFORMANCE_UNKNOWN_RULEBOOK",
    );
    expect(a.en).toMatch(/did you mean "national"/);
    const b = expectProblem(
      await post(app, "/v1/calendar.dayInfo", {
        rulebook: { province: "ha-nol" },
        input: { date: "2026-01-01" },
      }),
      400,
      "SERVER_UNKNOWN_PROVINCE",
    );
    expect(b.path).toEqual(["rulebook", "province"]);
    expect(b.en).toMatch(/did you mean "ha-noi"/);
  });

  it("answer unreadable JSON with 400, a wrong media type with 415, an unknown route with 404", async () => {
    const bad = await app.inject({
      method: "POST",
      url: "/v1/sla.dueAt",
      payload: '{"input": ',
      headers: { "content-type": "application/json" },
    });
    expectProblem(bad, 400, "SERVER_INVALID_JSON");
    const xml = await app.inject({
      method: "POST",
      url: "/v1/sla.dueAt",
      payload: "<input/>",
      headers: { "content-type": "application/xml" },
    });
    expectProblem(xml, 415, "SERVER_UNSUPPORTED_MEDIA_TYPE");
    expectProblem(await app.inject({ method: "GET", url: "/v1/nothing" }), 404, "SERVER_NOT_FOUND");
  });

  it("answer an oversized body with 413", async () => {
    const events = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${i}`,
      type: "guided",
      at: "2026-02-12T09:00:00+07:00",
    }));
    const res = await post(app, "/v1/sla.clock", {
      input: { procedure: procedure3, events, asOf: "2026-02-13T09:00:00+07:00" },
    });
    expectProblem(res, 413, "SERVER_BODY_TOO_LARGE");
    // …and the server goes on answering.
    const after = await post(app, "/v1/calendar.dayInfo", { input: { date: "2026-02-17" } });
    expect(after.statusCode).toBe(200);
  });
});

describe("operations", () => {
  it("/healthz answers ok", async () => {
    const res = await app.inject({ method: "GET", url: "/healthz" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "ok", name: "motcua-server" });
  });

  it("/metrics is Prometheus text with request counts by route and status", async () => {
    await post(app, "/v1/calendar.dayInfo", { input: { date: "2026-02-17" } });
    const res = await app.inject({ method: "GET", url: "/metrics" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.body).toMatch(/^# HELP motcua_http_requests_total /m);
    expect(res.body).toMatch(
      /motcua_http_requests_total\{method="POST",route="\/v1\/calendar\.dayInfo",status="200"\} \d+/,
    );
    expect(res.body).toMatch(/^motcua_rulebook_cache_size \d+$/m);
    expect(res.body).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it("serve the API reference page with its script from this server, not a CDN", async () => {
    const page = await app.inject({ method: "GET", url: "/reference/" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/openapi\.json/);
    const scripts = [...page.body.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1] as string);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).not.toMatch(/^(https?:)?\/\//);
      const js = await app.inject({ method: "GET", url: new URL(src, "http://x/reference/").pathname });
      expect(js.statusCode).toBe(200);
    }
  });
});

describe("the playground page", () => {
  it("says how to build it when its files are missing", async () => {
    const bare = await silentServer({ playgroundDir: "/nonexistent/playground-dist" });
    const res = await bare.inject({ method: "GET", url: "/" });
    await bare.close();
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.body).toContain("pnpm --filter @motcua/server build");
  });
});

describe("playground routes", () => {
  it("explain a deadline: the sla.dueAt answer, the days counted and skipped, sourced timeline", async () => {
    const res = await post(app, "/v1/explain/deadline", {
      rulebook: { province: "ha-tinh" },
      input: { processingDays: 3, channel: "postal", receivedAt: "2026-02-12T09:00:00+07:00" },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      dueAt: string;
      counted: string[];
      skipped: string[];
      timeline: Array<{ kind: string; legalRef?: object }>;
    };
    expect(body.dueAt).toBe("2026-02-24T09:00:00+07:00");
    expect(body.counted).toEqual(["2026-02-13", "2026-02-23", "2026-02-24"]);
    expect(body.skipped).toEqual([
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
    expect(body.timeline.filter((e) => e.kind === "nonWorkingDay")).toHaveLength(9);
    expect(body.timeline.some((e) => e.legalRef !== undefined)).toBe(true);
  });

  it("list a month with holidays, compensatory days and make-up Saturdays", async () => {
    const res = await post(app, "/v1/calendar/month", { year: 2026, month: 4 });
    const days = (res.json() as { days: Array<{ date: string; kind: string }> }).days;
    expect(days).toHaveLength(30);
    expect(days.find((d) => d.date === "2026-04-27")?.kind).toBe("compensatory");
  });
});
