// The certified-copy register (certification module): certify, the register, its signers.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type * as contract from "../../../shared/contracts/certification.ts";
import { get, post, withQuery } from "./client.ts";

export type CertifiedCopy = z.infer<typeof contract.copyView>;
export type CertifyInput = z.input<typeof contract.certifyBody>;
type Signers = z.infer<typeof contract.certificationSigners>;
type Register = z.infer<typeof contract.copyRegister>;

export interface Period {
  agency: string;
  from: string;
  to: string;
}

export const useSigners = (agency: string | null) =>
  useQuery({
    queryKey: ["cert-signers", agency],
    queryFn: () => get<Signers>("/api/certified-copies/signers", { agency: agency ?? "" }),
    enabled: Boolean(agency),
  });

export const useRegister = (p: Period | null) =>
  useQuery({
    queryKey: ["cert-register", p],
    queryFn: () => get<Register>("/api/certified-copies", { ...p }),
    enabled: Boolean(p?.agency),
  });

export const registerXlsxUrl = (p: Period) =>
  withQuery("/api/certified-copies", { ...p, format: "xlsx" });

export function useCertify() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CertifyInput) => post<CertifiedCopy>("/api/certified-copies", body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["cert-register"] }),
  });
}

/** A file's bytes as base64 (the scan goes in the JSON body, never in a URL). */
export async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
