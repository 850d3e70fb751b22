/**
 * Logger options: structured pino JSON that never carries request bodies, headers with
 * credentials or error messages (which may quote a dossier's personal data, Luật 91/2025/QH15).
 *
 * @internal
 */
import type { Writable } from "node:stream";

export const REDACTED_PATHS = [
  "req.body",
  "body",
  "input",
  "*.input",
  "req.headers.authorization",
  "req.headers.cookie",
  "err.message",
  "err.data",
];

/** An error as logged: its type, code and stack frames, never its message. */
export const safeError = (
  error: unknown,
): { type: string; message: string; stack: string; code?: string } => {
  if (!(error instanceof Error)) return { type: typeof error, message: "[redacted]", stack: "" };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  return {
    type: error.name,
    message: "[redacted]",
    stack: frames.join("\n"),
    ...(typeof code === "string" ? { code } : {}),
  };
};

export const loggerOptions = (level: string, stream: Writable | undefined) => ({
  level,
  redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  serializers: {
    req: (req: { method?: string; url?: string; id?: string }) => ({
      method: req.method ?? "",
      url: (req.url ?? "").split("?")[0] ?? "",
      reqId: req.id ?? "",
    }),
    err: safeError,
  },
  ...(stream === undefined ? {} : { stream }),
});
