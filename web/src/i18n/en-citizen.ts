// English: the citizen's online journey (files, payment, sign-in, notices, results).
import type { viCitizen } from "./vi-citizen.ts";

export const enCitizen: Record<keyof typeof viCitizen, string> = {
  "files.hint": "PDF or image files (PNG, JPEG, TIFF), at most 20 MB each.",
  "files.uploading": "Uploading…",
  "files.remove": "Remove",
  "files.title": "The dossier's files",
  "files.none": "The dossier has no attached files.",
  "files.view": "View file {n}",
  "files.viewer": "Attached file viewer",
  "files.newTab": "Open in a new tab",
  "files.fromStore": "From the personal data store",
  "files.scan": "Scan at the counter",
  "eformData.title": "E-form data",
  "eformData.none": "The dossier has no e-form data.",
  "pay.title": "Pay fees online",
  "pay.lead":
    "Transfer with the VietQR code from any banking app, or pay through the payment gateway.",
  "pay.find": "Show the amount due",
  "pay.paid": "The dossier's fees were paid online.",
  "pay.nothing": "The dossier has no fee to pay.",
  "pay.vietqr": "Transfer with VietQR",
  "pay.qrAlt": "VietQR code for the fees of dossier {code}",
  "pay.amount": "Amount",
  "pay.bank": "Bank",
  "pay.account": "Collecting account",
  "pay.purpose": "Transfer purpose",
  "pay.vietqrHint":
    "Scan the code with a banking app; the amount and purpose are filled in. The counter confirms once the money arrives.",
  "pay.gateway": "Pay through the payment gateway",
  "pay.toGateway": "Pay {amount}",
  "pay.resultTitle": "Payment result",
  "pay.done": "The fees of dossier {code} are paid. The dossier is recorded as paid online.",
  "pay.notDone": "The payment did not go through. You may try again.",
  "pay.invalid": "The gateway's answer is not valid (bad signature); nothing was recorded.",
  "pay.again": "Pay again",
  "online.next":
    "Keep the dossier code and the look-up secret. The one-stop unit checks the dossier in working hours; once it is received you get the receipt with the appointment date through the channel you chose.",
  "online.pay": "Pay the fees online",
  "online.print": "Print this page",
};
