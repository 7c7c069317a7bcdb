// Online payment: the payment request (VietQR) and the gateway redirect.
import { useMutation, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { gatewayStart, paymentRequest } from "../../../shared/contracts/citizen.ts";
import { get, post } from "./client.ts";

export type PaymentRequest = z.infer<typeof paymentRequest>;

export function usePaymentRequest(code: string | null) {
  return useQuery({
    queryKey: ["payment", code],
    queryFn: () => get<PaymentRequest>(`/api/dossiers/${encodeURIComponent(code!)}/payment`),
    enabled: !!code,
    retry: false,
  });
}

export const vietQrPngUrl = (code: string) =>
  `/api/dossiers/${encodeURIComponent(code)}/payment/vietqr.png`;

export function usePayByGateway() {
  return useMutation({
    mutationFn: ({ code, secret }: { code: string; secret: string }) =>
      post<z.infer<typeof gatewayStart>>(
        `/api/dossiers/${encodeURIComponent(code)}/payment/gateway`,
        { secret },
      ),
    onSuccess: (r) => {
      window.location.assign(r.redirectUrl);
    },
  });
}
