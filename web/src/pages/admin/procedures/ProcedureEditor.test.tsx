// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, renderPage } from "../../../test-dom.tsx";
import ProcedureEditor from "./ProcedureEditor.tsx";

const COMMUNE = {
  code: "TP1",
  name: "UBND xã Tân Phước 1",
  parentCode: null,
  level: "commune",
  validFrom: "2025-07-01",
  validTo: null,
  mergedInto: null,
};

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } });

async function fillNewProcedure() {
  renderPage(<ProcedureEditor params={{ code: "moi" }} />);
  fill("Mã thủ tục", "DT.0001");
  fill("Tên thủ tục", "Xác nhận thông tin thử nghiệm");
  fill("Lĩnh vực", "Hộ tịch");
  fill("Trình tự thực hiện", "Nộp hồ sơ\nNhận kết quả");
  fireEvent.click(screen.getByRole("button", { name: "Thêm thành phần hồ sơ" }));
  fill("Tên giấy tờ", "Tờ khai");
  fill("Thời hạn", "3");
  fireEvent.click(await screen.findByLabelText(/^UBND xã Tân Phước 1/));
  fireEvent.click(screen.getByRole("button", { name: "Thêm bước" }));
  fill("Tên bước", "Thẩm định");
  fill("Định mức (giờ)", "16");
}

const saveButton = () => screen.getAllByRole("button", { name: "Thêm thủ tục" }).at(-1)!;

describe("the procedure editor", () => {
  it("sends the new procedure as the catalogue takes it and says which version was saved", async () => {
    const calls = fakeApi({
      "/api/agencies": { agencies: [COMMUNE] },
      "/api/procedures": { code: "DT.0001", version: 1 },
    });
    await fillNewProcedure();
    // Three working days hold 24 working hours: a 16-hour step fits.
    expect(screen.getByText(/Vừa thời hạn/)).toBeTruthy();
    fireEvent.click(saveButton());
    expect(await screen.findByText(/Đã lưu, phiên bản 1\./)).toBeTruthy();
    const post = calls.find((c) => c.method === "POST")!;
    expect(post.url).toBe("/api/procedures");
    expect(post.body).toMatchObject({
      code: "DT.0001",
      name: "Xác nhận thông tin thử nghiệm",
      field: "Hộ tịch",
      agencies: ["TP1"],
      duration: { value: 3 },
      components: [expect.objectContaining({ name: "Tờ khai" })],
      steps: [expect.objectContaining({ name: "Thẩm định", hours: 16, role: "handler" })],
    });
  });

  it("shows the server's refusal beside the field it names, in Vietnamese", async () => {
    fakeApi({ "/api/agencies": { agencies: [COMMUNE] } });
    const ok = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) =>
      init?.method === "POST"
        ? new Response(
            JSON.stringify({
              code: "validation",
              messages: { vi: "Dữ liệu không hợp lệ.", en: "Invalid data." },
              errors: [
                { field: "code", vi: "Mã thủ tục đã có trong danh mục.", en: "Code exists." },
              ],
            }),
            { status: 400, headers: { "content-type": "application/problem+json" } },
          )
        : ok(input, init)) as typeof fetch;
    await fillNewProcedure();
    fireEvent.click(saveButton());
    const note = await screen.findByText("Mã thủ tục đã có trong danh mục.");
    const input = screen.getByLabelText("Mã thủ tục", { exact: true });
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toContain(note.id);
    await waitFor(() => expect(screen.queryByText(/Đã lưu/)).toBeNull());
  });
});
