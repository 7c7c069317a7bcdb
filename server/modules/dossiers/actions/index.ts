// The action registry: one file per use case, keyed by the state machine's action names.
import type { DossierAction } from "../rules.ts";
import { acknowledge } from "./acknowledge.ts";
import { approve } from "./approve.ts";
import { completeSupplement } from "./complete-supplement.ts";
import { confirmPayment } from "./confirm-payment.ts";
import type { ActionDef } from "./context.ts";
import { forward } from "./forward.ts";
import { issueResult } from "./issue-result.ts";
import { receive } from "./receive.ts";
import { refuse } from "./refuse.ts";
import { refuseIntake } from "./refuse-intake.ts";
import { requestCompletion } from "./request-completion.ts";
import { requestPayment } from "./request-payment.ts";
import { requestSupplement } from "./request-supplement.ts";
import { reroute } from "./reroute.ts";
import { returnMisrouted } from "./return-misrouted.ts";
import { returnResult } from "./return-result.ts";
import { sendBack } from "./send-back.ts";
import { stop } from "./stop.ts";
import { withdraw } from "./withdraw.ts";

// biome-ignore lint/suspicious/noExplicitAny: each action parses its own body with its schema.
export const ACTION_DEFS: Record<DossierAction, ActionDef<any>> = {
  receive,
  "request-completion": requestCompletion,
  "refuse-intake": refuseIntake,
  forward,
  "send-back": sendBack,
  approve,
  "request-supplement": requestSupplement,
  "complete-supplement": completeSupplement,
  "request-payment": requestPayment,
  "confirm-payment": confirmPayment,
  "issue-result": issueResult,
  "return-result": returnResult,
  stop,
  refuse,
  withdraw,
  reroute,
  "return-misrouted": returnMisrouted,
  acknowledge,
};
