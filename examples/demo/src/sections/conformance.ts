/**
 * Demo section: the rule conformance suite QA runs against a plugin, here the national baseline
 * plus Hà Tĩnh, ending with its summary line.
 */
import {
  builtinChecks,
  builtinRulebookProvider,
  nationalCasesDir,
  runConformance,
  summaryLine,
} from "@motcua/conformance";
import { Effect } from "effect";
import { heading, line } from "../print";

export async function conformance(): Promise<void> {
  heading("Kiểm thử tuân thủ quy tắc", "Rule conformance suite (national + Hà Tĩnh)");
  const results = await Effect.runPromise(
    runConformance({
      cases: [nationalCasesDir()],
      checks: builtinChecks,
      provider: builtinRulebookProvider(),
      rulebook: ["national", "ha-tinh"],
    }),
  );
  for (const [layer, counts] of Object.entries(results.countsByLayer))
    line(`  ${layer}`, summaryLine(counts));
  line("Kết quả / result", summaryLine(results.counts));
}
