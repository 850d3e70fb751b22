/**
 * `motcua-conformance`: run, list and validate conformance cases from the command line
 * (`motcua-conformance --help` lists the commands, `motcua-conformance run --help` the options of
 * one; exit codes: 0 passed, 1 a case failed or the run proves nothing, 2 the run could not be
 * made).
 *
 * @module
 */
import { runCli } from "./internal/runCli";

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
