/**
 * Demo section: the Hà Tĩnh dossier stored in the embedded event store (PGlite in memory), read
 * back as of an instant, and its hash chain verified.
 */
import { openStore, pgliteDb } from "@motcua/store";
import { heading, line } from "../print";
import { receivedDossier } from "./appointment";
import { register } from "./permissions";

export async function store(): Promise<void> {
  heading("Lưu hồ sơ", "The dossier stored in the embedded event store and read back");
  const store = await openStore(await pgliteDb(), {
    register,
    now: () => Date.parse("2026-02-12T09:00:05+07:00"),
  });
  try {
    const created = await store.createDossier({
      dossierId: "HT-HCC-260212-0001",
      province: "42",
      officeId: "HT-HCC",
      level: "province",
      procedure: receivedDossier.procedure,
    });
    if (!created.ok) throw created.error;
    const appended = await store.append("HT-HCC-260212-0001", 0, receivedDossier.events);
    if (!appended.ok) throw appended.error;
    line("Đã lưu / stored", `${appended.value.eventIds.length} sự kiện, phiên bản ${appended.value.version}`);
    const again = await store.append("HT-HCC-260212-0001", 0, receivedDossier.events);
    line("Gửi lại / sent again", again.ok ? again.value.status : again.error.code);

    const view = await store.read("HT-HCC-260212-0001", "2026-02-23T09:00:00+07:00");
    if (!view.ok) throw view.error;
    line("Đọc lại / reloaded", `${view.value.snapshot.state}, ${view.value.events.length} sự kiện`);
    line("Thời hạn ngày 23/02 / deadline status", view.value.clock?.pending ?? "?");
    const chain = await store.verify("HT-HCC-260212-0001");
    line("Chuỗi băm / hash chain", chain.ok ? `ok, head ${chain.head.slice(0, 16)}…` : chain.problem.kind);
  } finally {
    await store.close();
  }
}
