// @vitest-environment happy-dom
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client.ts";
import type { DossierAction, DossierDetail } from "../../api/dossiers.ts";
import { fakeApi, renderPage } from "../../test-dom.tsx";
import { ActionForm } from "./ActionForm.tsx";

const DOSSIER = {
  code: "000.00.31.H12-260302-0001",
  version: 4,
  channel: 1,
  fees: [{ name: "Lệ phí hộ tịch", amount: 8000 }],
  resultDocuments: [],
  supplementRequests: 0,
} as unknown as DossierDetail;

function show(action: DossierAction, d: Partial<DossierDetail> = {}, error: unknown = null) {
  const sent: Record<string, unknown>[] = [];
  let cancelled = 0;
  renderPage(
    <ActionForm
      action={action}
      d={{ ...DOSSIER, ...d }}
      busy={false}
      error={error}
      onSubmit={(draft) => sent.push(draft.body)}
      onCancel={() => cancelled++}
    />,
  );
  return { sent, cancelled: () => cancelled };
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("the dossier action form", () => {
  it("refuses with the reasons typed, and nothing else", () => {
    fakeApi({});
    const { sent } = show("refuse");
    const reasons = screen.getByLabelText("Lý do (ghi rõ căn cứ)");
    expect(reasons.hasAttribute("required")).toBe(true);
    type("Lý do (ghi rõ căn cứ)", "  Không đủ điều kiện theo Điều 16 Luật Hộ tịch  ");
    fireEvent.submit(screen.getByRole("form", { name: "Từ chối giải quyết" }));
    expect(sent).toEqual([{ reasons: "Không đủ điều kiện theo Điều 16 Luật Hộ tịch" }]);
  });

  it("sends back to a person picked from the server's list of the step's unit", async () => {
    fakeApi({
      [`/api/dossiers/${DOSSIER.code}/assignees`]: {
        action: "send-back",
        step: {
          index: 1,
          name: "Thẩm định",
          role: "handler",
          unit: "TP1",
          unitName: "Xã Tân Phước",
        },
        people: [
          { id: "u-1", name: "Nguyễn Văn Một" },
          { id: "u-2", name: "Trần Thị Hai" },
        ],
      },
    });
    const { sent } = show("send-back");
    const pick = await screen.findByLabelText(/Chuyển cho/);
    fireEvent.change(pick, { target: { value: "u-2" } });
    type(/^Lý do/, "Thiếu xác minh nơi cư trú");
    fireEvent.submit(screen.getByRole("form", { name: "Trả lại để xử lý lại" }));
    expect(sent).toEqual([{ reason: "Thiếu xác minh nơi cư trú", assignee: { id: "u-2" } }]);
  });

  it("asks a second supplement request for its reason and an explicit confirmation", () => {
    fakeApi({});
    const { sent } = show("request-supplement", { supplementRequests: 1 });
    type("Nội dung cần bổ sung", "Bản sao CCCD\n\n Giấy chứng sinh ");
    type(/^Lý do$/, "Giấy chứng sinh bị mờ");
    type(/Lý do phải yêu cầu bổ sung thêm lần nữa/, "Bản lần trước không đọc được số");
    fireEvent.click(screen.getByRole("checkbox"));
    fireEvent.submit(screen.getByRole("form", { name: "Yêu cầu bổ sung hồ sơ" }));
    expect(sent).toEqual([
      {
        items: ["Bản sao CCCD", "Giấy chứng sinh"],
        reason: "Giấy chứng sinh bị mờ",
        confirmSecondRequest: true,
        repeatReason: "Bản lần trước không đọc được số",
      },
    ]);
  });

  it("shows the server's refusal of a field beside it, and cancels without sending", () => {
    fakeApi({});
    const error = new ApiError(400, "validation", { vi: "Dữ liệu không hợp lệ.", en: "Invalid." }, [
      { field: "reason", vi: "Lý do phải có ít nhất 5 ký tự.", en: "At least 5 characters." },
    ]);
    const { sent, cancelled } = show("stop", {}, error);
    expect(screen.getByText("Lý do phải có ít nhất 5 ký tự.")).toBeTruthy();
    expect(screen.getByLabelText(/^Lý do/).getAttribute("aria-invalid")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    expect(cancelled()).toBe(1);
    expect(sent).toEqual([]);
  });
});
