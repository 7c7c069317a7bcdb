// Histories that cannot have happened (sync-record.md, Rules): an event after a final one
// (refused, stopped, withdrawn, result-returned), or a status that contradicts the events. The
// status a history allows is read from its last event (Circular 01/2018/TT-VPCP statuses 1–10,
// as the national portal reads them [TrangThaiHoSo]).
import type { DossierRecord, RecordIssue } from "../../../shared/sync-record.ts";

type EventType = DossierRecord["events"][number]["type"];

const FINAL = new Set<EventType>(["refused", "stopped", "withdrawn", "result-returned"]);

/** Statuses the last event allows; no event at all allows 1 (not yet received) only. */
const ALLOWED: Record<EventType, readonly number[]> = {
  received: [2, 4],
  "supplement-requested": [5],
  "supplement-completed": [2, 4],
  // Fees paid leave no event: handling goes on at status 4.
  "payment-requested": [6, 4],
  handled: [9],
  "result-returned": [10],
  refused: [3],
  stopped: [8],
  withdrawn: [7],
};

const issue = (field: string, vi: string, en: string): RecordIssue => ({
  field,
  vi: `${field}: ${vi}`,
  en: `${field}: ${en}`,
});

export function historyIssues(r: DossierRecord): RecordIssue[] {
  const out: RecordIssue[] = [];
  const events = r.events;
  const final = events.findIndex((e) => FINAL.has(e.type));
  if (final >= 0 && final < events.length - 1) {
    const f = events[final].type;
    const next = events[final + 1].type;
    out.push(
      issue(
        `events[${final + 1}]`,
        `sự kiện "${next}" sau sự kiện kết thúc "${f}" (events[${final}]): hồ sơ đã kết thúc không thể có sự kiện tiếp theo`,
        `event "${next}" after the final event "${f}" (events[${final}]): nothing can happen to a dossier after it`,
      ),
    );
    return out;
  }
  const last = events[events.length - 1]?.type;
  const allowed = last ? ALLOWED[last] : [1];
  if (!allowed.includes(r.status))
    out.push(
      issue(
        "status",
        `trạng thái ${r.status} mâu thuẫn với các sự kiện (${last ? `sự kiện cuối "${last}"` : "chưa có sự kiện"} cho phép ${allowed.join(" hoặc ")})`,
        `status ${r.status} contradicts the events (${last ? `the last event "${last}"` : "no event"} allows ${allowed.join(" or ")})`,
      ),
    );
  if (r.receivedAt === null && events.some((e) => e.type === "received"))
    out.push(
      issue(
        "receivedAt",
        "là null nhưng có sự kiện tiếp nhận (received)",
        'is null but the events hold "received"',
      ),
    );
  return out;
}
