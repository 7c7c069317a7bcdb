// @vitest-environment happy-dom
import { fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client.ts";
import { renderPage } from "../test-dom.tsx";
import { type Column, DataTable } from "./DataTable.tsx";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { QueryState } from "./QueryState.tsx";

interface Row {
  code: string;
  name: string;
  fee: number;
  day: string;
  at: string;
}

const ROWS: Row[] = [
  {
    code: "B",
    name: "Đăng ký khai sinh",
    fee: 8000,
    day: "2026-03-05",
    at: "2026-03-05T02:00:00Z",
  },
  {
    code: "A",
    name: "Cấp bản sao trích lục",
    fee: 1250000,
    day: "2026-01-20",
    at: "2026-01-19T18:30:00Z",
  },
  { code: "C", name: "Đăng ký kết hôn", fee: 0, day: "2025-12-31", at: "2025-12-31T16:59:00Z" },
];

const COLUMNS: Column<Row>[] = [
  { key: "code", header: "Mã", value: (r) => r.code },
  { key: "name", header: "Tên", value: (r) => r.name },
  { key: "fee", header: "Lệ phí", value: (r) => r.fee, format: "money" },
  { key: "day", header: "Ngày", value: (r) => r.day, format: "date" },
  { key: "at", header: "Lúc", value: (r) => r.at, format: "datetime" },
];

const codes = () =>
  screen
    .getAllByRole("row")
    .slice(1)
    .map((r) => within(r).getAllByRole("cell")[0]!.textContent);

describe("DataTable", () => {
  it("names the table and its column headers for screen readers", () => {
    renderPage(
      <DataTable caption="Thủ tục" rows={ROWS} columns={COLUMNS} rowKey={(r) => r.code} />,
    );
    expect(screen.getByRole("table", { name: "Thủ tục" })).toBeTruthy();
    const headers = screen.getAllByRole("columnheader");
    expect(headers.map((h) => h.getAttribute("scope"))).toEqual([
      "col",
      "col",
      "col",
      "col",
      "col",
    ]);
  });

  it("shows money, dates and instants the Vietnamese way (dd/mm/yyyy, Vietnam time)", () => {
    renderPage(
      <DataTable caption="Thủ tục" rows={ROWS} columns={COLUMNS} rowKey={(r) => r.code} />,
    );
    const a = within(screen.getAllByRole("row")[2]!)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(a[2]).toBe("1.250.000 đồng");
    expect(a[3]).toBe("20/01/2026");
    // 18:30 UTC on 19 January is 01:30 on 20 January in Vietnam.
    expect(a[4]).toMatch(/01:30.*20\/01\/2026|20\/01\/2026.*01:30/);
    const c = within(screen.getAllByRole("row")[3]!)
      .getAllByRole("cell")
      .map((x) => x.textContent);
    expect(c[2]).toBe("0 đồng");
    expect(c[4]).toMatch(/23:59.*31\/12\/2025|31\/12\/2025.*23:59/);
  });

  it("sorts by a column, then the other way, and says so with aria-sort", () => {
    renderPage(
      <DataTable caption="Thủ tục" rows={ROWS} columns={COLUMNS} rowKey={(r) => r.code} />,
    );
    expect(codes()).toEqual(["B", "A", "C"]);
    fireEvent.click(screen.getByRole("button", { name: /Lệ phí/ }));
    expect(codes()).toEqual(["C", "B", "A"]);
    expect(screen.getByRole("columnheader", { name: /Lệ phí/ }).getAttribute("aria-sort")).toBe(
      "ascending",
    );
    fireEvent.click(screen.getByRole("button", { name: /Lệ phí/ }));
    expect(codes()).toEqual(["A", "B", "C"]);
    expect(screen.getByRole("columnheader", { name: /Lệ phí/ }).getAttribute("aria-sort")).toBe(
      "descending",
    );
    fireEvent.click(screen.getByRole("button", { name: /^Tên/ }));
    // Vietnamese order: "Cấp" before "Đăng" (đ after d), "kết" before "khai" (e before h).
    expect(codes()).toEqual(["A", "C", "B"]);
  });

  it("filters without regard to accents, and says when nothing matches", () => {
    renderPage(
      <DataTable
        caption="Thủ tục"
        filterLabel="Lọc thủ tục"
        rows={ROWS}
        columns={COLUMNS}
        rowKey={(r) => r.code}
      />,
    );
    fireEvent.change(screen.getByLabelText("Lọc thủ tục"), { target: { value: "dang ky" } });
    expect(codes()).toEqual(["B", "C"]);
    fireEvent.change(screen.getByLabelText("Lọc thủ tục"), { target: { value: "kết hôn" } });
    expect(codes()).toEqual(["C"]);
    fireEvent.change(screen.getByLabelText("Lọc thủ tục"), { target: { value: "hộ chiếu" } });
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText("Không có dòng nào khớp với bộ lọc.")).toBeTruthy();
  });

  it("pages through a long list and back", () => {
    const many: Row[] = Array.from({ length: 12 }, (_, i) => ({
      ...ROWS[0]!,
      code: `M${String(i + 1).padStart(2, "0")}`,
    }));
    renderPage(
      <DataTable
        caption="Nhiều"
        rows={many}
        columns={COLUMNS}
        rowKey={(r) => r.code}
        pageSize={5}
      />,
    );
    expect(codes()).toEqual(["M01", "M02", "M03", "M04", "M05"]);
    expect(screen.getByText(/Trang 1\/3/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Trang trước" }).hasAttribute("disabled")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Trang sau" }));
    fireEvent.click(screen.getByRole("button", { name: "Trang sau" }));
    expect(codes()).toEqual(["M11", "M12"]);
    expect(screen.getByText(/11–12 trong 12 dòng/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Trang sau" }).hasAttribute("disabled")).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Trang trước" }));
    expect(codes()[0]).toBe("M06");
  });
});

const q = <T,>(
  over: Partial<{ data: T; error: unknown; isPending: boolean; isError: boolean }>,
) => ({
  data: undefined as T | undefined,
  error: null as unknown,
  isPending: false,
  isError: false,
  refetch: () => undefined,
  ...over,
});

describe("QueryState", () => {
  const body = (d: string[]) => <p>{d.join(", ")}</p>;

  it("announces loading", () => {
    renderPage(<QueryState query={q<string[]>({ isPending: true })}>{body}</QueryState>);
    expect(screen.getByRole("status").textContent).toContain("Đang tải");
  });

  it("shows the problem's Vietnamese message with a retry for a server failure", () => {
    let retried = 0;
    const error = new ApiError(503, "x", { vi: "Máy chủ bận.", en: "Server busy." }, [], "req-1");
    renderPage(
      <QueryState query={{ ...q<string[]>({ isError: true, error }), refetch: () => retried++ }}>
        {body}
      </QueryState>,
    );
    expect(screen.getByRole("alert").textContent).toContain("Máy chủ bận.");
    fireEvent.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(retried).toBe(1);
  });

  it("says the list is empty, or shows the data", () => {
    const { unmount } = renderPage(
      <QueryState query={q<string[]>({ data: [] })} empty="Chưa có phản ánh nào.">
        {body}
      </QueryState>,
    );
    expect(screen.getByText("Chưa có phản ánh nào.")).toBeTruthy();
    unmount();
    renderPage(<QueryState query={q<string[]>({ data: ["một", "hai"] })}>{body}</QueryState>);
    expect(screen.getByText("một, hai")).toBeTruthy();
  });
});

function Boom({ error }: { error: Error }): never {
  throw error;
}

function Nav() {
  const [path, setPath] = useState("/a");
  return (
    <>
      <button type="button" onClick={() => setPath("/b")}>
        đi
      </button>
      <ErrorBoundary resetKey={path}>
        {path === "/a" ? <Boom error={new Error("vỡ")} /> : <p>Trang B</p>}
      </ErrorBoundary>
    </>
  );
}

describe("ErrorBoundary", () => {
  it("shows a failed chunk as a message with reload, not a blank page", () => {
    let reloaded = 0;
    const quiet = console.error;
    console.error = () => undefined;
    try {
      renderPage(
        <ErrorBoundary onReload={() => reloaded++}>
          <Boom
            error={new TypeError("Failed to fetch dynamically imported module: /assets/Users.js")}
          />
        </ErrorBoundary>,
      );
    } finally {
      console.error = quiet;
    }
    expect(screen.getByRole("alert").textContent).toContain("Không hiển thị được trang này");
    expect(screen.getByRole("alert").textContent).toContain("Phiên bản mới");
    fireEvent.click(screen.getByRole("button", { name: "Tải lại trang" }));
    expect(reloaded).toBe(1);
  });

  it("clears the failure when the reader moves to another page", () => {
    const quiet = console.error;
    console.error = () => undefined;
    try {
      renderPage(<Nav />);
      expect(
        screen.getByText("Trang gặp lỗi khi hiển thị. Dữ liệu bạn đã lưu không bị ảnh hưởng."),
      ).toBeTruthy();
      fireEvent.click(screen.getByRole("button", { name: "đi" }));
    } finally {
      console.error = quiet;
    }
    expect(screen.getByText("Trang B")).toBeTruthy();
  });
});
