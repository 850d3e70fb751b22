/**
 * Demo section: the rule conformance suite QA runs against a plugin, here the national baseline
 * plus Hà Tĩnh, ending with its summary line.
 */
import {
  builtinChecks,
  loadRulebook,
  nationalCasesDir,
  runConformance,
  summaryLine,
} from "@motcua/conformance";
import { Effect } from "effect";
import { heading, line } from "../print";

export async function conformance(): Promise<void> {
  heading("Kiểm thử tuân thủ quy tắc", "Rule conformance suite (national + Hà Tĩnh)");
  // The Hà Tĩnh package is loaded on demand; its own cases (its `conformanceCases`) come with it.
  const { provider, rulebook, cases } = await Effect.runPromise(
    loadRulebook(["national", "ha-tinh"], process.cwd()),
  );
  const results = await Effect.runPromise(
    runConformance({ cases: [nationalCasesDir(), ...cases], checks: builtinChecks, provider, rulebook }),
  );
  for (const [layer, counts] of Object.entries(results.countsByLayer))
    line(`  ${layer}`, summaryLine(counts));
  line("Kết quả / result", summaryLine(results.counts));
}
