import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFileStore } from "../documents/index.ts";
import { type Actor, AgencyTree } from "../identity/index.ts";
import { documentForms } from "./documents-port.ts";
import { FORM_BUILDERS } from "./forms.ts";
import { birthRegistration } from "./test-env.ts";
import type { Dossier, StepRow } from "./types.ts";

const at = new Date("2026-03-02T02:00:00Z");
const agency = (code: string, name: string, parentCode: string | null) =>
  ({
    code,
    name,
    parentCode,
    level: parentCode ? "commune" : "province",
    validFrom: "2000-01-01",
    validTo: null,
    mergedInto: null,
  }) as const;

describe("forms through the documents module", () => {
  it("renders every form the lifecycle issues as a stored PDF", async () => {
    const forms = documentForms(createFileStore(mkdtempSync(join(tmpdir(), "motcua-forms-"))));
    const tree = new AgencyTree([
      agency("H58", "Tỉnh Đồng Tháp", null),
      agency("H58.3", "UBND xã Tân Phước", "H58"),
    ]);
    const d = {
      code: "H58.3-260302-0001",
      agencyCode: "H58.3",
      receivingUnit: "H58.3",
      channel: 1,
      applicant: { name: "Trần Thị Bình", idNumber: "079123456789" },
      components: [
        { name: "Tờ khai", required: true, digitized: 1, fromPersonalStore: false, files: [] },
      ],
      fees: [{ name: "Lệ phí", amount: 0 }],
      receivedAt: at,
      dueAt: new Date("2026-03-05T02:00:00Z"),
    } as unknown as Dossier;
    const events = [
      { type: "completion-requested", at, data: { items: ["Giấy chứng sinh"], note: null } },
      { type: "refused", at, data: { reasons: "Không thuộc thẩm quyền" } },
      { type: "stopped", at, data: { reason: "Người nộp đề nghị dừng", legalBasis: null } },
      { type: "withdrawn", at, data: { reason: null, returned: ["Giấy chứng sinh"] } },
    ];
    const steps = [
      {
        seq: 1,
        stepIndex: 0,
        name: "Tiếp nhận",
        role: "reception",
        agencyCode: null,
        quotaHours: 2,
        assigneeId: null,
        assigneeName: "An",
        handedBy: "An",
        receivedAt: at,
        dueAt: at,
        doneAt: at,
        result: "on-time",
        note: null,
      },
    ] as StepRow[];
    const actor = {
      kind: "user",
      userId: null,
      username: "an",
      fullName: "Nguyễn Văn An",
      grants: [],
      activeAgency: null,
    } as Actor;
    for (const no of ["01", "02", "03", "05", "06", "withdrawal"] as const) {
      const data = FORM_BUILDERS[no]({
        d,
        proc: birthRegistration(["H58.3"]),
        tree,
        actor,
        now: at,
        events,
        steps,
      });
      const stored = await forms.render(null as never, no, data);
      const pdf = await forms.read(stored!.sha256);
      expect(new TextDecoder().decode(pdf!.slice(0, 5))).toBe("%PDF-");
    }
  });
});
