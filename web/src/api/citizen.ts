// The signed-in citizen (VNeID): who, my dossiers, submission as a verified applicant, results.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type * as contract from "../../../shared/contracts/citizen.ts";
import { ApiError, get, post } from "./client.ts";
import type { IntakeInput } from "./dossiers.ts";

export type Citizen = z.infer<typeof contract.citizenMe>;
export type MyDossier = z.infer<typeof contract.myDossier>;
/** What was sent to the applicant, and where their result stands on its way to them. */
export type ApplicantDeliveries = z.infer<typeof contract.applicantDeliveries>;

/** The same, with the dossier code and look-up secret (the secret in the body, never the URL). */
export function usePublicDeliveries(code: string | null, secret: string | null) {
  return useQuery({
    queryKey: ["public-deliveries", code, secret],
    queryFn: () =>
      post<z.infer<typeof contract.publicDeliveries>>("/api/public/deliveries", {
        code: code!,
        secret: secret!,
      }),
    enabled: !!code && !!secret,
    retry: false,
  });
}

export const vneidLoginUrl = (returnTo: string) =>
  `/api/citizen/login?returnTo=${encodeURIComponent(returnTo)}`;

export function useCitizen() {
  return useQuery({ queryKey: ["citizen"], queryFn: () => get<Citizen>("/api/citizen/me") });
}

export function useMyDossiers(enabled: boolean) {
  return useQuery({
    queryKey: ["citizen", "dossiers"],
    queryFn: () => get<z.infer<typeof contract.myDossiers>>("/api/citizen/dossiers"),
    enabled,
  });
}

export function useCitizenLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => post<z.infer<typeof contract.signedOut>>("/api/citizen/logout"),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["citizen"] }),
  });
}

export function useSubmitAsCitizen() {
  return useMutation({
    mutationFn: (input: Omit<IntakeInput, "decision" | "channel" | "receivingUnit">) =>
      post<z.infer<typeof contract.citizenSubmission>>("/api/citizen/dossiers", input),
  });
}

export const myResultUrl = (code: string) =>
  `/api/citizen/dossiers/${encodeURIComponent(code)}/result`;

/** Downloads the signed result with the code and secret (sent in the body) as a file. */
export const downloadResult = (code: string, secret: string) =>
  downloadPdf("/api/public/results", { code, secret }, `${code}-ket-qua.pdf`);

/** POSTs the body (secrets stay out of URLs) and saves the PDF answer under the file name. */
export async function downloadPdf(path: string, body: unknown, fileName: string): Promise<void> {
  const res = await fetch(path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/pdf, application/problem+json",
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const p = (await res.json().catch(() => ({}))) as {
      code?: string;
      messages?: { vi: string; en: string };
    };
    throw new ApiError(
      res.status,
      p.code ?? "http",
      p.messages ?? { vi: res.statusText, en: res.statusText },
    );
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
