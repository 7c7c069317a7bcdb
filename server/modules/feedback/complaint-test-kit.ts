// Shared pieces of the complaint route tests: requests, a complaint body, and a setting of a
// province with officers of two communes and the provincial office.
import { makeProvince, makeUser } from "../../test-support.ts";
import { type FeedbackTestEnv, putDossier, signInAt } from "./test-env.ts";

export const RECEIVED = "2026-04-29T03:00:00Z"; // Wednesday 10:00 Vietnam time, before 30/4 – 1/5
export type Problem = {
  code: string;
  errors?: { field: string; vi: string; en: string }[];
  messages: { vi: string; en: string };
};
export type Step = {
  step: string;
  dueAt: string;
  doneAt: string | null;
  onTime: boolean | null;
  status: string;
};
export type View = {
  code: string;
  secret: string;
  state: string;
  agencyCode: string | null;
  steps: Step[];
  likes: number;
  dislikes: number;
  raisedAgainUnsatisfied: boolean;
};
let ip = 0;

export function complaintKit(env: FeedbackTestEnv) {
  const submit = (body: unknown, from = `10.1.${Math.floor(++ip / 250)}.${ip % 250}`) =>
    env.api.request("/api/complaints", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": from },
      body: JSON.stringify(body),
    });
  const pub = (path: string, body: unknown) =>
    env.api.request(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const complaint = (extra: Record<string, unknown> = {}) => ({
    content: "Cán bộ yêu cầu nộp thêm giấy tờ không có trong thủ tục.",
    class: "behaviour",
    complainant: { name: "Phạm Thị Dung", phone: "0912345678" },
    ...extra,
  });
  const step = (v: View, id: string) => v.steps.find((s) => s.step === id)!;

  async function setting() {
    const codes = await makeProvince(env.db);
    const handlerA = await makeUser(env.db, [{ role: "handler", agencyCode: codes.communeA }]);
    const handlerB = await makeUser(env.db, [{ role: "handler", agencyCode: codes.communeB }]);
    const office = await makeUser(env.db, [
      { role: "control_officer", agencyCode: codes.province },
    ]);
    const dossier = await putDossier(
      env.db,
      { agencyCode: codes.communeA, receivingUnit: codes.communeA, status: 10 },
      new Date(RECEIVED),
    );
    // Signed in at the clock's current time (a session expires when the clock jumps ahead).
    const as = (u: { username: string }) => signInAt(env.api, u.username);
    return {
      codes,
      dossier,
      a: () => as(handlerA),
      b: () => as(handlerB),
      office: () => as(office),
    };
  }
  return { submit, pub, complaint, step, setting };
}
