/** Bilingual labels of the events that do not move the clock. */
import type { DossierEvent } from "@motcua/core";

const LABELS: Readonly<Record<string, readonly [string, string]>> = {
  guided: ["Hướng dẫn", "Guidance given"],
  refused: ["Từ chối", "Refused"],
  digitised: ["Số hóa hồ sơ", "Dossier digitised"],
  transferred: ["Chuyển hồ sơ đến cơ quan giải quyết", "Dossier transferred to the competent agency"],
  forwarded: [
    "Chuyển hồ sơ đến cơ quan có thẩm quyền (tiếp nhận không phụ thuộc địa giới hành chính)",
    "Dossier forwarded to the competent agency (received regardless of administrative boundary)",
  ],
  assigned: ["Phân công xử lý", "Assigned to a specialist"],
  interAgencySent: ["Chuyển liên thông", "Sent to participating agencies"],
  interAgencyReturned: ["Cơ quan liên thông trả hồ sơ", "Returned by a participating agency"],
  resolved: ["Cơ quan có thẩm quyền quyết định", "The competent agency decides"],
  resultReturned: ["Trả kết quả", "Result returned"],
  resultUndeliverable: ["Bưu điện không phát được kết quả", "The post could not deliver the result"],
  controlSlipSigned: ["Ký phiếu kiểm soát quá trình giải quyết", "Process control slip signed"],
};

/** Vietnamese label of an event. */
export const labelVi = (e: DossierEvent): string => LABELS[e.type]?.[0] ?? e.type;

/** English label of an event. */
export const labelEn = (e: DossierEvent): string => LABELS[e.type]?.[1] ?? e.type;
