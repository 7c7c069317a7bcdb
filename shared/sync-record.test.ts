import { describe, expect, it } from "vitest";
import { agencyRecord, dossierRecord, parseRecord, procedureRecord } from "./sync-record.ts";

const sampleDossier = () => ({
  code: "H58.27-260302-0001",
  procedure: "1.001234",
  agency: "H58.27",
  channel: 1,
  submittedAt: "2026-03-02T08:10:00+07:00",
  receivedAt: "2026-03-02T09:00:00+07:00",
  dueAt: "2026-03-05T09:00:00+07:00",
  status: 10,
  events: [
    { type: "received", at: "2026-03-02T09:00:00+07:00" },
    { type: "handled", at: "2026-03-04T10:00:00+07:00" },
    { type: "result-returned", at: "2026-03-04T03:30:00Z" },
  ],
  paidOnline: 0,
  fees: [{ name: "Lệ phí", amount: 50000 }],
  components: [{ name: "Tờ khai", digitized: 1, fromPersonalStore: false }],
  vneidVerified: true,
  populationDb: true,
  result: { code: "KQ-1", file: "https://example.test/kq-1.pdf" },
  resultPushedToPersonalStore: false,
  syncedToPortal: true,
  fullOnline: false,
  feedback: { complaint: false, reaction: null },
});

describe("dossier record", () => {
  it("accepts the specified shape", () => {
    expect(parseRecord(dossierRecord, sampleDossier()).ok).toBe(true);
  });

  it("rejects events out of time order, naming the event index", () => {
    const d = sampleDossier();
    d.events[2].at = "2026-03-04T09:00:00+07:00"; // before event 1 (10:00)
    const r = parseRecord(dossierRecord, d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].field).toBe("events[2].at");
    expect(r.issues[0].en).toContain("event 2");
    expect(r.issues[0].vi).toContain("sự kiện thứ 2");
  });

  it("requires an offset on instants and real dates", () => {
    const d = { ...sampleDossier(), receivedAt: "2026-03-02T09:00:00" };
    const r = parseRecord(dossierRecord, d);
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(["receivedAt"]);
    expect(r.ok ? "" : r.issues[0].en).toMatch(/offset/);
    const p = parseRecord(procedureRecord, { ...sampleProcedure(), announcedAt: "2026-02-30" });
    expect(p.ok ? [] : p.issues.map((i) => i.field)).toEqual(["announcedAt"]);
  });

  it("rejects unknown fields, missing fields and bad enums with their paths", () => {
    const d: Record<string, unknown> = { ...sampleDossier(), extra: 1, channel: 4 };
    delete d.syncedToPortal;
    const r = parseRecord(dossierRecord, d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byField = Object.fromEntries(r.issues.map((i) => [i.field, i]));
    expect(byField.extra.en).toContain("unknown field");
    expect(byField.syncedToPortal.en).toContain("required field is missing");
    expect(byField.syncedToPortal.vi).toContain("thiếu trường bắt buộc");
    expect(byField.channel.en).toContain("1 | 2 | 3");
  });

  it("allows null where the spec allows it, and only there", () => {
    const ok = { ...sampleDossier(), receivedAt: null, dueAt: null, result: null };
    expect(parseRecord(dossierRecord, ok).ok).toBe(true);
    const bad = parseRecord(dossierRecord, { ...sampleDossier(), submittedAt: null });
    expect(bad.ok ? [] : bad.issues.map((i) => i.field)).toEqual(["submittedAt"]);
    const nested = parseRecord(dossierRecord, {
      ...sampleDossier(),
      components: [{ name: "A", digitized: 5, fromPersonalStore: false }],
    });
    expect(nested.ok ? [] : nested.issues.map((i) => i.field)).toEqual(["components[0].digitized"]);
  });
});

const sampleProcedure = () => ({
  code: "1.001234",
  name: "Đăng ký khai sinh",
  field: "Hộ tịch",
  agencies: ["H58.27"],
  level: "commune",
  duration: { value: 3, unit: "working-days" },
  onlineLevel: "full",
  fullOnlineEligible: true,
  fees: [{ name: "Lệ phí", amount: 50000 }],
  resultIsDocument: true,
  applicantTypes: ["citizen"],
  components: [{ name: "Tờ khai", required: true }],
  steps: [{ name: "Tiếp nhận", role: "reception", hours: 2 }],
  announcedAt: "2026-01-05",
  legalBasisEffectiveAt: "2026-01-15",
  publishedAt: "2026-01-08",
});

describe("procedure and agency records", () => {
  it("accepts the specified shapes", () => {
    expect(parseRecord(procedureRecord, sampleProcedure()).ok).toBe(true);
    const a = { code: "H58.27", name: "UBND xã Tân Phước", parent: "H58", level: "commune" };
    expect(parseRecord(agencyRecord, a).ok).toBe(true);
  });

  it("rejects a bad duration unit and a province with a parent", () => {
    const p = parseRecord(procedureRecord, {
      ...sampleProcedure(),
      duration: { value: 3, unit: "weeks" },
    });
    expect(p.ok ? [] : p.issues.map((i) => i.field)).toEqual(["duration.unit"]);
    const a = parseRecord(agencyRecord, {
      code: "H58",
      name: "Tỉnh",
      parent: "X",
      level: "province",
    });
    expect(a.ok ? [] : a.issues.map((i) => i.field)).toEqual(["parent"]);
  });
});
