/**
 * The example's data, as a vendor's database would hold it: one office of Đồng Tháp's public
 * service centre, its handover register line, a catalogue entry, and five dossiers' events (ISO
 * instants, untrusted JSON until the service parses them).
 *
 * The office, the register line and the domain follow Đồng Tháp's 2022 review (L49: the
 * province centre handed the Công Thương domain to postal staff; L59: a civil servant signs the
 * control slip at transfer and at result receipt). The procedure entry and the dossiers are
 * examples, not real records.
 *
 * @module
 */
import type { HandoverRegister, ProcedureInput } from "@motcua/core";
import type { DossierContext } from "./service";

/** The province centre (Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp). */
export const OFFICE_ID = "DT-HCC";

/** The domain handed over to postal staff at the centre (the 2022 review, L49). */
export const DOMAIN = "Công Thương";

/**
 * An example catalogue entry: 3 working days. Replace with the procedure as published by the
 * province (code, time limit, legal basis).
 */
export const PROCEDURE: ProcedureInput = {
  code: "EX.CT.0001",
  name: "Thủ tục ví dụ (lĩnh vực Công Thương)",
  domain: DOMAIN,
  level: "province",
  processingTime: { amount: 3, unit: "workingDays" },
  legalRef: {
    document: "Ví dụ — danh mục thủ tục hành chính do UBND tỉnh công bố",
    verified: false,
    note: "example entry, not a published procedure",
  },
};

/** Postal staff replace civil servants at the centre's counter for the Công Thương domain. */
export const REGISTER: HandoverRegister = [
  {
    officeId: OFFICE_ID,
    scope: { kind: "domain", domain: DOMAIN },
    mode: "replace",
    since: "2019-08-01",
    decision: {
      document: "Báo cáo sơ kết thỏa thuận hợp tác giữa UBND tỉnh Đồng Tháp và Bưu điện Việt Nam",
      issuer: "Văn phòng UBND tỉnh Đồng Tháp",
      issued: "2022",
      lines: "L47-L49",
      verified: true,
      note: "phase 3 from 1/8/2019; the review gives no per-domain start date (Phụ lục 2), so the phase start is used",
    },
  },
];

/** Where every dossier of the example is handled. */
export const CONTEXT: DossierContext & { readonly domain: string } = {
  procedure: PROCEDURE,
  officeId: OFFICE_ID,
  officeLevel: "province",
  register: REGISTER,
  domain: DOMAIN,
};

const postal = { role: "postalStaff" } as const;
const officer = { role: "oneStopOfficer" } as const;
const applicant = { role: "applicant" } as const;
const leader = { role: "agencyLeader" } as const;
const clerk = { role: "clerk" } as const;

/** Dossier A, received by postal staff up to the transfer: Thursday 12/2/2026 09:00, before Tết. */
export const DOSSIER_A_RECEIVED = [
  { id: "a1", type: "submitted", channel: "counter", at: "2026-02-12T08:50:00+07:00", actor: applicant },
  {
    id: "a2",
    type: "received",
    dossierCode: "DT-HCC-260212-0001",
    at: "2026-02-12T09:00:00+07:00",
    actor: postal,
  },
] as const;

/** Dossier A to the end: signed, transferred, decided on 23/2, returned on 24/2 (early). */
export const DOSSIER_A = [
  ...DOSSIER_A_RECEIVED,
  { id: "a3", type: "controlSlipSigned", stage: "transfer", at: "2026-02-12T09:20:00+07:00", actor: officer },
  { id: "a4", type: "transferred", paper: true, at: "2026-02-12T09:30:00+07:00", actor: postal },
  { id: "a5", type: "assigned", assignee: "cv-01", at: "2026-02-13T08:30:00+07:00", actor: leader },
  { id: "a6", type: "resolved", decision: "approved", at: "2026-02-23T10:00:00+07:00", actor: leader },
  { id: "a7", type: "resultReady", at: "2026-02-23T14:00:00+07:00", actor: clerk },
  {
    id: "a8",
    type: "controlSlipSigned",
    stage: "resultReceipt",
    at: "2026-02-23T14:10:00+07:00",
    actor: officer,
  },
  { id: "a9", type: "resultReturned", via: "counter", at: "2026-02-24T09:00:00+07:00", actor: postal },
] as const;

/** The four other dossiers of the quarter (received, carried over, on time, late, pending). */
export const OTHER_DOSSIERS = {
  /** Received Tue 30/12/2025 15:00 (carried into Q1 2026), due Tue 6/1/2026 15:00, ready 6/1 10:00: on time. */
  e: [
    { id: "e1", type: "submitted", channel: "counter", at: "2025-12-30T14:50:00+07:00", actor: applicant },
    {
      id: "e2",
      type: "received",
      dossierCode: "DT-HCC-251230-0007",
      at: "2025-12-30T15:00:00+07:00",
      actor: postal,
    },
    {
      id: "e3",
      type: "controlSlipSigned",
      stage: "transfer",
      at: "2025-12-30T15:10:00+07:00",
      actor: officer,
    },
    { id: "e4", type: "transferred", at: "2025-12-30T15:20:00+07:00", actor: postal },
    { id: "e4b", type: "assigned", assignee: "cv-02", at: "2025-12-31T08:00:00+07:00", actor: leader },
    { id: "e5", type: "resolved", decision: "approved", at: "2026-01-06T09:00:00+07:00", actor: leader },
    { id: "e6", type: "resultReady", at: "2026-01-06T10:00:00+07:00", actor: clerk },
  ],
  /** By post: handed over at the agency Mon 2/3/2026 08:45, received 09:00, due Thu 5/3 09:00, ready 5/3 08:00: on time. */
  b: [
    { id: "b1", type: "submitted", channel: "postal", at: "2026-02-27T10:00:00+07:00", actor: applicant },
    { id: "b2", type: "postalHandedOver", at: "2026-03-02T08:45:00+07:00", actor: postal },
    {
      id: "b3",
      type: "received",
      dossierCode: "DT-HCC-260302-0003",
      at: "2026-03-02T09:00:00+07:00",
      actor: officer,
    },
    { id: "b4", type: "transferred", at: "2026-03-02T09:30:00+07:00", actor: officer },
    { id: "b4b", type: "assigned", assignee: "cv-01", at: "2026-03-02T10:00:00+07:00", actor: leader },
    { id: "b5", type: "resolved", decision: "approved", at: "2026-03-04T16:00:00+07:00", actor: leader },
    { id: "b6", type: "resultReady", at: "2026-03-05T08:00:00+07:00", actor: clerk },
  ],
  /** Online: received Mon 9/3/2026 10:00, due Thu 12/3 10:00, ready Fri 13/3: late. */
  c: [
    { id: "c1", type: "submitted", channel: "online", at: "2026-03-08T21:00:00+07:00", actor: applicant },
    {
      id: "c2",
      type: "received",
      dossierCode: "DT-HCC-260309-0002",
      at: "2026-03-09T10:00:00+07:00",
      actor: officer,
    },
    { id: "c3", type: "transferred", at: "2026-03-09T10:10:00+07:00", actor: officer },
    { id: "c3b", type: "assigned", assignee: "cv-03", at: "2026-03-09T14:00:00+07:00", actor: leader },
    { id: "c4", type: "resolved", decision: "approved", at: "2026-03-13T09:00:00+07:00", actor: leader },
    { id: "c5", type: "resultReady", at: "2026-03-13T10:00:00+07:00", actor: clerk },
  ],
  /** Received Mon 30/3/2026 14:00, due Thu 2/4 14:00: still pending at the end of Q1, within the deadline. */
  d: [
    { id: "d1", type: "submitted", channel: "counter", at: "2026-03-30T13:50:00+07:00", actor: applicant },
    {
      id: "d2",
      type: "received",
      dossierCode: "DT-HCC-260330-0004",
      at: "2026-03-30T14:00:00+07:00",
      actor: postal,
    },
  ],
} as const;
