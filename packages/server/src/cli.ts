/**
 * `motcua-server [--port N] [--host H] [--log-level L] [--max-in-flight N] [--body-limit BYTES]`: starts the rules service (default
 * 127.0.0.1:8787; env PORT, HOST, LOG_LEVEL), prints its URL, and shuts down gracefully on
 * SIGTERM or SIGINT (in-flight requests finish, new ones get 503). `--help` (`-h`) and `--version`
 * (`-v`); exit codes 0 stopped, 1 cannot listen, 2 bad flags.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { buildServer } from "./buildServer";
import { SERVER_VERSION } from "./version";

const USAGE = `motcua-server — the motcua rules service

Usage: motcua-server [--port N] [--host H] [--log-level L] [--max-in-flight N] [--body-limit BYTES]

  --port           port to listen on (env PORT, default 8787; 0 = any free port)
  --host           address to bind (env HOST, default 127.0.0.1)
  --log-level      pino level: fatal, error, warn, info, debug, trace, silent (env LOG_LEVEL, default info)
  --max-in-flight  requests processed at once before new ones get 503 (env MAX_IN_FLIGHT, default 256)
  --body-limit     largest request body in bytes, larger get 413 (env BODY_LIMIT, default 1048576)
  -h, --help       print this help
  -v, --version    print the version

Exit codes: 0 stopped on SIGTERM or SIGINT (or help printed), 1 cannot listen or close, 2 bad flags.
`;

const options = {
  port: { type: "string" },
  host: { type: "string" },
  "log-level": { type: "string" },
  "max-in-flight": { type: "string" },
  "body-limit": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;
const parsed = (() => {
  try {
    return parseArgs({ options, strict: true });
  } catch (error) {
    process.stderr.write(`motcua-server: ${(error as Error).message}\n\n${USAGE}`);
    return process.exit(2);
  }
})();
const { values } = parsed;
if (values.version === true) {
  process.stdout.write(`${SERVER_VERSION}\n`);
  process.exit(0);
}
if (values.help === true) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const integer = (flag: string, text: string, min: number, max: number): number => {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) {
    process.stderr.write(`motcua-server: --${flag} must be ${min}–${max}, got "${text}"\n${USAGE}`);
    process.exit(2);
  }
  return n;
};
const port = integer("port", values.port ?? process.env["PORT"] ?? "8787", 0, 65_535);
const host = values.host ?? process.env["HOST"] ?? "127.0.0.1";
const maxInFlight = integer(
  "max-in-flight",
  values["max-in-flight"] ?? process.env["MAX_IN_FLIGHT"] ?? "256",
  1,
  1_000_000,
);
const bodyLimit = integer(
  "body-limit",
  values["body-limit"] ?? process.env["BODY_LIMIT"] ?? "1048576",
  1,
  1 << 30,
);
const app = await buildServer({
  logLevel: values["log-level"] ?? process.env["LOG_LEVEL"] ?? "info",
  maxInFlight,
  bodyLimit,
});
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
