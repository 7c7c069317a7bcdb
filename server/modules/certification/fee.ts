// The fee for certifying a copy from its original (Circular 226/2016/TT-BTC, Art. 4): 2,000 đồng
// a page for the first two pages, 1,000 đồng a page from the third, at most 200,000 đồng a copy.
export const CERTIFY_FEE = {
  firstPages: 2,
  firstRate: 2_000,
  laterRate: 1_000,
  capPerCopy: 200_000,
};

export function certifyFee(pages: number, copies: number, f = CERTIFY_FEE): number {
  const first = Math.min(pages, f.firstPages) * f.firstRate;
  const later = Math.max(0, pages - f.firstPages) * f.laterRate;
  return Math.min(first + later, f.capPerCopy) * copies;
}
