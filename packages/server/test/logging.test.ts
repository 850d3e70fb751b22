import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { safeError } from "../src/internal/logging";
import { post, procedure3, silentServer } from "./helpers";

// A dossier's personal data (Luật 91/2025/QH15 on personal data protection): never in the logs.
const NAME = "Nguyễn Thị Bích Ngọc";
const ID_NUMBER = "001190012345";

const capture = () => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, stream };
};

describe("structured logs", () => {
  it("are JSON lines per request, without the body's personal data, even at trace level", async () => {
    const { lines, stream } = capture();
    const app = await silentServer({ logLevel: "trace", logStream: stream });
    const applicant = { role: "applicant", id: ID_NUMBER } as const;
    const events = [
      { id: "e1", type: "submitted", at: "2026-02-12T08:00:00+07:00", actor: applicant, channel: "counter" },
      {
        id: "e2",
        type: "received",
        at: "2026-02-12T09:00:00+07:00",
        actor: { role: "oneStopOfficer" },
        dossierCode: `${NAME}-01`,
      },
      {
        id: "e3",
        type: "withdrawn",
        at: "2026-02-13T09:00:00+07:00",
        actor: applicant,
        reason: `${NAME} (CCCD ${ID_NUMBER}) rút hồ sơ`,
      },
    ];
    const ok = await post(app, "/v1/sla.clock", {
      input: { procedure: procedure3, events, asOf: "2026-02-13T10:00:00+07:00" },
    });
    expect(ok.statusCode).toBe(200);
    // A refused value is quoted back to the caller, never to the log.
    const refused = await post(app, "/v1/sla.dueAt", {
      input: { procedure: procedure3, receivedAt: `${NAME} ${ID_NUMBER}` },
    });
    expect(refused.statusCode).toBe(400);
    const unreadable = await app.inject({
      method: "POST",
      url: "/v1/sla.dueAt",
      payload: `{"input": {"receivedAt": "${NAME} ${ID_NUMBER}"`,
      headers: { "content-type": "application/json" },
    });
    expect(unreadable.statusCode).toBe(400);
    const adapter = await post(app, "/conformance/v1/run", {
      protocol: "motcua-adapter/1",
      case: "pii",
      check: "sla.clock",
      input: { procedure: procedure3, events, asOf: "2026-02-13T10:00:00+07:00" },
      rulebook: ["national"],
    });
    expect(adapter.statusCode).toBe(200);
    await app.close();

    const records = lines.map(
      (l) => JSON.parse(l) as { msg?: string; status?: number; req?: { url?: string } },
    );
    const completed = records.filter((r) => r.msg === "request completed");
    expect(completed.map((r) => r.status)).toEqual([200, 400, 400, 200]);
    expect(completed[0]?.req?.url).toBe("/v1/sla.clock");
    const text = lines.join("\n");
    expect(text).not.toContain(NAME);
    expect(text).not.toContain(ID_NUMBER);
    expect(text).not.toContain("Nguy"); // not even a fragment of the name
  });

  it("log internal errors by type, code and stack frames, never by message", () => {
    const logged = JSON.stringify(safeError(new TypeError(`cannot read ${NAME} ${ID_NUMBER}`)));
    expect(logged).toContain("TypeError");
    expect(logged).not.toContain(NAME);
    expect(logged).not.toContain(ID_NUMBER);
  });
});
