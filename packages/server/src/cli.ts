/**
 * `motcua-server [--port N] [--host H] [--log-level L]`: starts the rules service (default
 * 127.0.0.1:8787; env PORT, HOST, LOG_LEVEL), prints its URL, and shuts down gracefully on
 * SIGTERM or SIGINT (in-flight requests finish, new ones get 503).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { buildServer } from "./buildServer";

const USAGE = `motcua-server — the motcua rules service

Usage: motcua-server [--port N] [--host H] [--log-level L]

  --port       port to listen on (env PORT, default 8787; 0 = any free port)
  --host       address to bind (env HOST, default 127.0.0.1)
  --log-level  pino level: fatal, error, warn, info, debug, trace, silent (env LOG_LEVEL, default info)
`;

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    host: { type: "string" },
    "log-level": { type: "string" },
    help: { type: "boolean", short: "h" },
  },
  strict: true,
});
if (values.help === true) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const portText = values.port ?? process.env["PORT"] ?? "8787";
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65_535) {
  process.stderr.write(`motcua-server: --port must be 0–65535, got "${portText}"\n${USAGE}`);
  process.exit(2);
}
const host = values.host ?? process.env["HOST"] ?? "127.0.0.1";
const app = await buildServer({ logLevel: values["log-level"] ?? process.env["LOG_LEVEL"] ?? "info" });
let closing = false;
const shutdown = (signal: string) => {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, "shutting down");
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
try {
  await app.listen({ port, host });
} catch (error) {
  process.stderr.write(`motcua-server: cannot listen on ${host}:${port}: ${(error as Error).message}\n`);
  process.exit(1);
}
const address = app.server.address();
const bound = typeof address === "object" && address !== null ? address.port : port;
const shown = host.includes(":") ? `[${host}]` : host;
process.stdout.write(`motcua-server listening on http://${shown}:${bound}/\n`);
