// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client.ts";
import { CodeSecretForm, LookupStatus, useCodeSecret } from "../pages/public/CodeSecret.tsx";
import { renderPage } from "../test-dom.tsx";
import { CheckField } from "./Field.tsx";
import { Filters, PickField } from "./Filters.tsx";
import { SubmitBar } from "./Submit.tsx";
import { PlainTable } from "./Table.tsx";
import { UploadField } from "./UploadField.tsx";

interface Row {
  code: string;
  fee: number;
  late: boolean;
}
const ROWS: Row[] = [
  { code: "A", fee: 8000, late: false },
  { code: "B", fee: 0, late: true },
];

describe("PlainTable", () => {
  it("draws every row in order under headers scoped to their column, named by its caption", () => {
    renderPage(
      <PlainTable
        caption="Lệ phí"
        rows={ROWS}
        rowKey={(r) => r.code}
        rowClass={(r) => (r.late ? "row-late" : undefined)}
        columns={[
          { header: "Mã", rowHeader: true, cell: (r) => r.code },
          { header: "Lệ phí", num: true, cell: (r, i) => `${i + 1}: ${r.fee}` },
        ]}
      />,
    );
    const table = screen.getByRole("table", { name: "Lệ phí" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((h) => [h.textContent, h.getAttribute("scope")])).toEqual([
      ["Mã", "col"],
      ["Lệ phí", "col"],
    ]);
    expect(headers[1]!.className).toBe("num");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(["A1: 8000", "B2: 0"]);
    expect(rows.map((r) => r.className)).toEqual(["", "row-late"]);
    expect(within(rows[0]!).getByRole("rowheader").textContent).toBe("A");
  });

  it("with no rows keeps the headers and draws no body row", () => {
    renderPage(
      <PlainTable
        label="Trống"
        rows={[]}
        rowKey={(r: Row) => r.code}
        columns={[{ header: "Mã", cell: (r) => r.code }]}
      />,
    );
    expect(within(screen.getByRole("table", { name: "Trống" })).getAllByRole("row")).toHaveLength(
      1,
    );
  });
});

function PickDemo() {
  const [v, setV] = useState("");
  return (
    <Filters>
      <PickField
        label="Tình trạng"
        value={v}
        onValue={setV}
        empty="Tất cả"
        items={["late", "done"]}
        keyOf={(s) => s}
        labelOf={(s) => (s === "late" ? "Trễ hạn" : "Đã xong")}
      />
      <output>{v || "none"}</output>
    </Filters>
  );
}

describe("Filters and PickField", () => {
  it("sit in a labelled search landmark and give the chosen value", () => {
    const { container } = renderPage(<PickDemo />);
    const box = container.querySelector("search")!;
    expect(box.getAttribute("aria-label")).toBe("Tìm kiếm và lọc");
    const select = within(box as HTMLElement).getByLabelText("Tình trạng") as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(["Tất cả", "Trễ hạn", "Đã xong"]);
    fireEvent.change(select, { target: { value: "done" } });
    expect(screen.getByRole("status").textContent).toBe("done");
  });
});

describe("SubmitBar", () => {
  const idle = { isPending: false, isError: false, isSuccess: false, error: null };
  const m = (over: object) => Object.assign({}, idle, over);
  it("is busy while sending, shows the refusal, then the confirmation", () => {
    renderPage(
      <SubmitBar m={m({ isPending: true })} done="Đã lưu">
        Lưu
      </SubmitBar>,
    );
    expect(screen.getByRole("button", { name: "Lưu" }).hasAttribute("disabled")).toBe(true);
    cleanup();
    renderPage(
      <SubmitBar
        m={m({
          isError: true,
          error: new ApiError(400, "x.bad", { vi: "Sai dữ liệu", en: "Bad" }),
        })}
        done="Đã lưu"
      >
        Lưu
      </SubmitBar>,
    );
    expect(document.body.textContent).toContain("Sai dữ liệu");
    expect(screen.queryByText("Đã lưu")).toBeNull();
    cleanup();
    renderPage(
      <SubmitBar m={m({ isSuccess: true })} done="Đã lưu">
        Lưu
      </SubmitBar>,
    );
    expect(screen.getByRole("status").textContent).toBe("Đã lưu");
  });
});

function LookDemo() {
  const s = useCodeSecret("", (v) => v.toUpperCase());
  return (
    <>
      <CodeSecretForm
        s={s}
        label="Tra cứu"
        codeLabel="Mã hồ sơ"
        secretLabel="Mã tra cứu"
        secretMax={40}
        busy={false}
        submit="Tra cứu"
      />
      <p data-testid="asked">{s.asked ? `${s.asked.code}|${s.asked.secret}` : "none"}</p>
    </>
  );
}

describe("code-and-secret look-up", () => {
  it("asks only once both are given, trimmed and normalised", () => {
    renderPage(<LookDemo />);
    const form = screen.getByRole("form", { name: "Tra cứu" });
    fireEvent.change(within(form).getByLabelText("Mã hồ sơ"), { target: { value: " ab-1 " } });
    fireEvent.submit(form);
    expect(screen.getByTestId("asked").textContent).toBe("none");
    fireEvent.change(within(form).getByLabelText("Mã tra cứu"), { target: { value: "x9 " } });
    fireEvent.submit(form);
    expect(screen.getByTestId("asked").textContent).toBe("AB-1|X9");
  });

  it("shows searching, not found (404) and other refusals apart", () => {
    const none = { isFetching: false, data: undefined, isError: false, error: null };
    const r = (over: object) => Object.assign({}, none, over);
    renderPage(<LookupStatus r={r({ isFetching: true })} notFound="Không thấy" />);
    expect(screen.getByRole("status")).toBeTruthy();
    const gone = new ApiError(404, "x.not_found", { vi: "Không có", en: "None" });
    cleanup();
    renderPage(<LookupStatus r={r({ isError: true, error: gone })} notFound="Không thấy" />);
    expect(screen.getByRole("alert").textContent).toBe("Không thấy");
    cleanup();
    const down = new ApiError(500, "x.down", { vi: "Lỗi máy chủ", en: "Down" });
    renderPage(<LookupStatus r={r({ isError: true, error: down })} notFound="Không thấy" />);
    expect(screen.queryByText("Không thấy")).toBeNull();
    expect(document.body.textContent).toContain("Lỗi máy chủ");
  });
});

describe("CheckField and UploadField", () => {
  it("a check box is named by its label and reports its state", () => {
    let seen = false;
    renderPage(
      <CheckField
        id="c1"
        label="Hiện mật khẩu"
        checked={false}
        onCheck={(v) => {
          seen = v;
        }}
      />,
    );
    fireEvent.click(screen.getByLabelText("Hiện mật khẩu"));
    expect(seen).toBe(true);
  });

  it("announces the progress while sending and ties the refusal to the input", () => {
    const base = { label: "Tệp", hint: "PDF", busyLabel: "Đang gửi", input: {} };
    renderPage(<UploadField {...base} error={null} progress={0.5} />);
    expect((screen.getByLabelText("Tệp") as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole("status").textContent).toContain("Đang gửi");
    cleanup();
    renderPage(<UploadField {...base} error="Quá lớn" errorAlert progress={null} />);
    const input = screen.getByLabelText("Tệp") as HTMLInputElement;
    expect(input.disabled).toBe(false);
    expect(screen.getByRole("alert").textContent).toBe("Quá lớn");
    expect(input.getAttribute("aria-describedby")).toContain(screen.getByRole("alert").id);
  });
});
