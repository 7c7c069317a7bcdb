// Online payment: the payment request (VietQR) and the gateway redirect.
import { useMutation, useQuery } from "@tanstack/react-query";
import { get, post } from "./client.ts";

export interface PaymentRequest {
  code: string;
  amount: number;
  fees: { name: string; amount: number }[];
  paidOnline: 0 | 1 | 2;
  status: number;
  account: { bankBin: string; accountNo: string; accountName: string; bankName: string } | null;
  vietqr: string | null;
  gateway: boolean;
}

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
      post<{ redirectUrl: string; reference: string; amount: number }>(
        `/api/dossiers/${encodeURIComponent(code)}/payment/gateway`,
        { secret },
      ),
    onSuccess: (r) => {
      window.location.assign(r.redirectUrl);
    },
  });
}
