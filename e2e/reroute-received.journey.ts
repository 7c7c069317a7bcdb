// A dossier the provincial centre received and routed to the wrong commune: that commune's leader
// sends it back from the dossier page (the action offered by the server), with the reason; the
// centre's counter routes it to the competent commune; the history and the control sheet (Form 06)
// show both steps, and the appointment stays.
import { pdfText } from "../server/modules/documents/forms/pdf-text.test-util.ts";
import { assert, type Journey, see } from "./harness.ts";
import { act, BIRTH, BIRTH_FORM_DATA } from "./steps.ts";

const BACK = "Trả hồ sơ không thuộc thẩm quyền về Bộ phận Một cửa";
const REROUTE = "Chuyển đúng cơ quan có thẩm quyền";
const REASON = "Người nộp thường trú tại xã Tân Phước 2";

const journey: Journey = async ({ newPage, seed, screenshot }) => {
  const wrong = `${seed.codes.province}.101`;
  const right = `${seed.codes.province}.102`;
  const counter = await newPage({ user: seed.users.tiepnhan });
  const me = await (await counter.request.get("/api/auth/me")).json();
  const res = await counter.request.post("/api/dossiers", {
    headers: { "x-csrf-token": me.csrfToken },
    data: {
      procedure: BIRTH.code,
      agency: wrong,
      channel: 1,
      applicant: { name: "Lâm Thị Thu", idNumber: "079300000077", phone: "0903000077" },
      components: [
        { name: "Tờ khai đăng ký khai sinh" },
        { name: "Giấy chứng sinh hoặc văn bản của người làm chứng" },
      ],
      formData: {
        hoTen: "Lâm Thị Thu",
        soDinhDanh: "079300000077",
        hoTenTre: "Lâm Gia Bảo",
        ngaySinhTre: "2026-03-02",
        gioiTinh: "Nam",
        ...BIRTH_FORM_DATA,
      },
      decision: { action: "receive" },
    },
  });
  assert(res.ok(), `the centre receives a dossier (${res.status()} ${await res.text()})`);
  const received = await res.json();
  const code: string = received.dossier.code;

  // The commune's handler is not offered the send-back; its leader is.
  const handler = await newPage({ user: seed.users["xuly.xa"] });
  await handler.goto(`/ho-so/${code}`);
  await see(handler, `Hồ sơ ${code}`);
  await handler.getByRole("button", { name: "Chuyển bước tiếp theo", exact: true }).waitFor();
  assert(
    (await handler.getByRole("button", { name: BACK, exact: true }).count()) === 0,
    "the handler is not offered the send-back",
  );
  const leader = await newPage({ user: seed.users["lanhdao.xa"] });
  await act(leader, code, BACK, async (p) => {
    await p.getByRole("form", { name: BACK }).getByLabel("Lý do", { exact: true }).fill(REASON);
  });
  await see(leader, "Trả về Bộ phận Một cửa để chuyển đúng cơ quan có thẩm quyền");
  await screenshot("misrouted-sent-back", leader);

  // The centre's counter routes it to the competent commune, found by its name typed without
  // accents, and hands the first handling step to a handler of that commune from its list.
  const { agencies } = await (await counter.request.get("/api/agencies")).json();
  const rightName: string = agencies.find((a: { code: string }) => a.code === right).name;
  const picked = "Lý Hoàng Nam";
  await act(counter, code, REROUTE, async (p) => {
    const form = p.getByRole("form", { name: REROUTE });
    await form.getByLabel("Tìm cơ quan theo tên").fill("tan phuoc 2");
    await form
      .getByLabel("Cơ quan có thẩm quyền giải quyết", { exact: true })
      .selectOption({ label: rightName });
    await form.getByLabel("Chuyển cho", { exact: true }).selectOption({ label: picked });
    await form.getByLabel("Lý do", { exact: true }).fill(REASON);
    await screenshot("misrouted-reroute-form", p);
  });
  await see(counter, "Đang giải quyết");
  await see(counter, "Trả về Bộ phận Một cửa: không thuộc thẩm quyền");
  await screenshot("misrouted-rerouted", counter);
  const now = await (await counter.request.get(`/api/dossiers/${code}`)).json();
  assert(now.agency === right, `the dossier is with ${right} (${now.agency})`);
  assert(now.dueAt === received.appointmentAt, "the appointment given at reception stands");

  // The handler picked finds the dossier in "Hồ sơ của tôi" on the home page.
  const handler2 = await newPage({ user: seed.users["xuly.xa2"] });
  await handler2.goto("/");
  await handler2
    .getByRole("region", { name: /^Hồ sơ của tôi/ })
    .getByRole("link", { name: code })
    .waitFor();

  const sheet = await counter.request.get(`/api/dossiers/${code}/forms/06`);
  assert(sheet.ok(), `the control sheet downloads (${sheet.status()})`);
  const text = pdfText(await sheet.body()).replace(/\s+/g, "");
  assert(
    text.includes("TrảvềBộphậnMộtcửa,chuyểncơquancóthẩmquyền".replace(/\s+/g, "")),
    "the control sheet lists the counter's re-routing step",
  );
};

export default journey;
