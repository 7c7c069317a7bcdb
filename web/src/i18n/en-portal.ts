// English: the national portal link (administrator's page).
import type { viPortal } from "./vi-portal.ts";

export const enPortal: Record<keyof typeof viPortal, string> = {
  "nav.portal": "National portal sync",
  "home.work.portal": "Dossiers sent, waiting and refused; send again after a fix.",
  "portal.title": "Synchronisation with the National Public Service Portal",
  "portal.lead":
    "Every change of a dossier is sent to the portal in order; once the portal acknowledges it, the dossier counts as synchronised (indicator 1.4).",
  "portal.link": "Link",
  "portal.configured": "Sending to {url}.",
  "portal.notConfigured":
    "MOTCUA_PORTAL_URL is not set: nothing is sent; changes are kept and will go once it is configured.",
  "portal.backlog": "Waiting to be sent",
  "portal.backlogValue": "{n} changes of {d} dossiers",
  "portal.oldest": "Oldest undelivered change",
  "portal.ago": "{s} s ago",
  "portal.rate": "Delivered per minute",
  "portal.rateValue": "{n} in the last minute (15-minute average: {avg})",
  "portal.total": "Acknowledged by the portal in total",
  "portal.lastSuccess": "Last successful delivery",
  "portal.lastError": "Last error",
  "portal.retrying": "Retrying",
  "portal.retryingValue": "attempt {n}, next at {at}",
  "portal.none": "None",
  "portal.holds": "What the portal holds",
  "portal.holdsValue":
    "{n} dossiers; {r} records refused; {c} online dossiers handed to the province.",
  "portal.revision": "revision {n}",
  "portal.status": "status {n}",
  "portal.dead": "Records refused by the portal ({n})",
  "portal.noDead": "No refused record.",
  "portal.reason": "Reason",
  "portal.record": "Read and fix the record",
  "portal.editRecord": "The record sent (JSON)",
  "portal.notJson": "This is not valid JSON.",
  "portal.saveFix": "Save the fix",
  "portal.fixed": "Saved. Press “Send again” to send it.",
  "portal.resend": "Send again",
};
