/**
 * The client side of the adapter protocol (`motcua-adapter/1`): `connectTarget(url)` reads the
 * system's `/conformance/v1/info`, then `target.run` posts each case to `/conformance/v1/run` and
 * reads the answer. Anything but a well-formed 200 answer within the time limit is a broken
 * answer with its reason, which the runner reports as a failed case.
 *
 * @module
 */
import { MotcuaError } from "@motcua/core";
import { Effect } from "effect";
import {
  ADAPTER_CHECK_UNSUPPORTED,
  ADAPTER_PROTOCOL,
  AdapterInfoSchema,
  AdapterResponseSchema,
  type AdapterRequest,
} from "./adapterProtocol";
import type { LoadedCase } from "./parseCaseFile";

/**
 * Code for a `--target` whose `/conformance/v1/info` cannot be read or is not a
 * `motcua-adapter/1` answer.
 *
 * @since 0.2.0
 */
export const CONFORMANCE_TARGET_UNREACHABLE = "CONFORMANCE_TARGET_UNREACHABLE";

/**
 * The system under test, as recorded in the results file.
 *
 * @since 0.2.0
 * @category Adapter protocol
 */
export interface TargetInfo {
  /** The base URL given to `--target`. */
  readonly url: string;
  /** The protocol it speaks. */
  readonly protocol: typeof ADAPTER_PROTOCOL;
  /** Its self-declared name (`/info`). */
  readonly name: string;
  /** Its self-declared version (`/info`). */
  readonly version: string;
  /** What it says it can run (`/info`), when it says. */
  readonly rulebooks?: ReadonlyArray<string>;
}

/**
 * What a target answered for one case.
 *
 * @since 0.2.0
 * @category Adapter protocol
 */
export type TargetOutcome =
  | { readonly kind: "output"; readonly output: Readonly<Record<string, unknown>> }
  | { readonly kind: "error"; readonly error: MotcuaError }
  | { readonly kind: "unsupported" }
  | { readonly kind: "broken"; readonly reason: string };

/**
 * A connected system under test.
 *
 * @since 0.2.0
 * @category Adapter protocol
 */
export interface Target {
  /** Who answers. */
  readonly info: TargetInfo;
  /** Per-case time limit in milliseconds. */
  readonly timeoutMs: number;
  /** Posts one case with the rulebook to answer with; never rejects. */
  readonly run: (loaded: LoadedCase, rulebook: ReadonlyArray<string>) => Promise<TargetOutcome>;
}

/**
 * Options of {@link connectTarget}.
 *
 * @since 0.2.0
 * @category Adapter protocol
 */
export interface ConnectTargetOptions {
  /** Time limit of each request in milliseconds (default 10,000). */
  readonly timeoutMs?: number;
}

/** Largest answer read, in bytes: a bigger one is a broken answer. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

const endpoint = (base: string, path: string): string => `${base.replace(/\/+$/, "")}/conformance/v1/${path}`;

const causeText = (e: unknown): string => {
  if (!(e instanceof Error)) return String(e);
  if (e.name === "TimeoutError" || e.name === "AbortError") return "timed out";
  const cause = (e as { cause?: { code?: unknown; message?: unknown } }).cause;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  if (code === "ECONNREFUSED") return "connection refused";
  return code === undefined ? e.message : `${e.message} (${code})`;
};

/** One HTTP exchange: status and text, or the reason it failed. */
async function exchange(
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<{ ok: true; status: number; text: string } | { ok: false; reason: string }> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const buffer = await res.arrayBuffer();
    if (buffer.byteLength > MAX_ANSWER_BYTES)
      return { ok: false, reason: `answer larger than ${MAX_ANSWER_BYTES} bytes` };
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
    } catch {
      return { ok: false, reason: "answer is not valid UTF-8" };
    }
    return { ok: true, status: res.status, text };
  } catch (e) {
    const why = causeText(e);
    return { ok: false, reason: why === "timed out" ? `no answer within ${timeoutMs} ms` : why };
  }
}

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
};

const snippet = (text: string): string => (text.length > 120 ? `${text.slice(0, 117)}...` : text);

const unreachable = (url: string, en: string, vi: string): MotcuaError =>
  new MotcuaError({
    code: CONFORMANCE_TARGET_UNREACHABLE,
    vi: `Không dùng được hệ thống ${url}: ${vi}`,
    en: `Cannot use target ${url}: ${en}`,
    path: ["target"],
    data: { url },
  });

/**
 * Reads a system's `GET {url}/conformance/v1/info` and returns a {@link Target} that posts cases
 * to `POST {url}/conformance/v1/run`. Fails with {@link CONFORMANCE_TARGET_UNREACHABLE} when the
 * info cannot be read or is not a `motcua-adapter/1` answer.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { connectTarget } from "@motcua/conformance";
 * // const target = await Effect.runPromise(connectTarget("http://127.0.0.1:8787"));
 * // target.info.name; // the system's self-declared name
 * ```
 * @since 0.2.0
 * @category Adapter protocol
 */
export const connectTarget = (
  url: string,
  options: ConnectTargetOptions = {},
): Effect.Effect<Target, MotcuaError> =>
  Effect.gen(function* () {
    const timeoutMs = options.timeoutMs ?? 10_000;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return yield* Effect.fail(unreachable(url, "not a URL", "không phải một URL"));
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
      return yield* Effect.fail(unreachable(url, "only http and https URLs", "chỉ hỗ trợ http và https"));
    const answer = yield* Effect.promise(() =>
      exchange(endpoint(url, "info"), { headers: { accept: "application/json" } }, timeoutMs),
    );
    if (!answer.ok) return yield* Effect.fail(unreachable(url, answer.reason, answer.reason));
    if (answer.status !== 200)
      return yield* Effect.fail(
        unreachable(url, `/info answered HTTP ${answer.status}`, `/info trả về HTTP ${answer.status}`),
      );
    const json = parseJson(answer.text);
    const info = json.ok ? AdapterInfoSchema.safeParse(json.value) : undefined;
    if (info === undefined || !info.success)
      return yield* Effect.fail(
        unreachable(
          url,
          `/info is not a ${ADAPTER_PROTOCOL} answer: ${snippet(answer.text)}`,
          `/info không phải câu trả lời ${ADAPTER_PROTOCOL}`,
        ),
      );
    const declared = info.data;
    const target: Target = {
      info: {
        url,
        protocol: ADAPTER_PROTOCOL,
        name: declared.name,
        version: declared.version,
        ...(declared.rulebooks === undefined ? {} : { rulebooks: declared.rulebooks }),
      },
      timeoutMs,
      run: async (loaded, rulebook) => {
        const body: AdapterRequest = {
          protocol: ADAPTER_PROTOCOL,
          case: loaded.case.id,
          check: loaded.case.check,
          input: loaded.case.input,
          rulebook: [...rulebook],
        };
        const res = await exchange(
          endpoint(url, "run"),
          {
            method: "POST",
            headers: { "content-type": "application/json", accept: "application/json" },
            body: JSON.stringify(body),
          },
          timeoutMs,
        );
        if (!res.ok) return { kind: "broken", reason: `target: ${res.reason}` };
        if (res.status !== 200)
          return { kind: "broken", reason: `target answered HTTP ${res.status}: ${snippet(res.text)}` };
        const answerJson = parseJson(res.text);
        if (!answerJson.ok)
          return { kind: "broken", reason: `target answer is not JSON: ${snippet(res.text)}` };
        const shaped = AdapterResponseSchema.safeParse(answerJson.value);
        if (!shaped.success)
          return {
            kind: "broken",
            reason: `target answer is neither { output } nor { error: { code } }: ${snippet(res.text)}`,
          };
        const data = shaped.data;
        if ("output" in data) return { kind: "output", output: data.output };
        if (data.error.code === ADAPTER_CHECK_UNSUPPORTED) return { kind: "unsupported" };
        return {
          kind: "error",
          error: new MotcuaError({
            code: data.error.code,
            vi: data.error.vi ?? data.error.code,
            en: data.error.en ?? data.error.code,
            path: data.error.path ?? [],
          }),
        };
      },
    };
    return target;
  });
