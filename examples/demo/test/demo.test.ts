/**
 * `pnpm demo` is the project's main job: run it as a user would (a child process against the
 * sources) and check that each section printed its real answer.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));

describe("pnpm demo", () => {
  const output = execFileSync(
    process.execPath,
    ["--conditions=@motcua/source", "--import", "tsx", "examples/demo/src/main.ts"],
    { cwd: root, encoding: "utf8", env: { ...process.env, TZ: "America/Los_Angeles" } },
  );

  it("computes the appointment across Tết 2026 and explains it", () => {
    expect(output).toMatch(/Ngày hẹn trả \/ appointed return\s+2026-02-24T09:00:00\+07:00/);
    expect(output).toContain("2026-02-16: không phải ngày làm việc (Tết Nguyên đán)");
  });

  it("refuses a postal approval with its coded reason", () => {
    expect(output).toMatch(/postal staff approve\s+DOSSIER_POSTAL_FORBIDDEN/);
  });

  it("names the steering board for Hà Tĩnh and refuses district handovers after 30/6/2025", () => {
    expect(output).toMatch(/advise\s+steeringBoard/);
    expect(output).toContain("HANDOVER_LEVEL_ABOLISHED");
  });

  it("plans 2–4 postal staff for 60 dossiers a day in 4 domains, from the Hà Tĩnh plugin's rules", () => {
    expect(output).toMatch(/Cần trực quầy \/ on duty\s+2\n/);
    expect(output).toMatch(/Khoảng cho phép \/ range allowed\s+2–4\n/);
    expect(output).toContain("L312-L314");
  });

  it("judges a 2026 dossier of a former Vĩnh Phúc office by Phú Thọ's rulebook, saying no Phú Thọ rules are known", () => {
    expect(output).toMatch(/Tỉnh áp dụng \/ province applied\s+phu-tho\n/);
    expect(output).toContain("province-vinh-phuc → province-phu-tho");
    // Filed through VNeID in 2026, and its papers numbered by Thông tư 03/2025.
    expect(output).toMatch(/Kênh nộp \/ channel\s+vneid → atAgency\n/);
    expect(output).toMatch(/Giấy tiếp nhận \/ receipt slip\s+Mẫu 01 .*Thông tư 03\/2025\/TT-VPCP/);
    expect(output).toMatch(
      /Phiếu kiểm soát \/ control slip\s+Mẫu 06 Phiếu kiểm soát quá trình giải quyết hồ sơ\n/,
    );
    expect(output).toContain(
      "no province rules of Phú Thọ (province-phu-tho) are known: the national baseline applies",
    );
  });

  it("shows the Hà Tĩnh and Vĩnh Phúc handover rules coming from their plugins", () => {
    expect(output).toContain("Kế hoạch 41/KH-UBND");
    expect(output).toContain("Kế hoạch 60/KH-UBND");
  });

  it("stores the dossier in the embedded store and reloads it, chain verified", () => {
    expect(output).toMatch(/Đã lưu \/ stored\s+3 sự kiện, phiên bản 3/);
    expect(output).toMatch(/Gửi lại \/ sent again\s+duplicate/);
    expect(output).toMatch(/Đọc lại \/ reloaded\s+received, 3 sự kiện/);
    expect(output).toMatch(/Chuỗi băm \/ hash chain\s+ok, head [0-9a-f]{16}…/);
  });

  it("prints a Biểu 06 whose totals add up, and a passing conformance run", () => {
    const received = /Tổng tiếp nhận \/ received\s+(\d+) \(mới (\d+), kỳ trước (\d+)\)/.exec(output);
    expect(received).not.toBeNull();
    const [, total, fresh, carried] = received!.map(Number);
    expect(fresh! + carried!).toBe(total);
    expect(output).toMatch(/Kết quả \/ result\s+\d+ passed, 0 failed/);
  });
});
