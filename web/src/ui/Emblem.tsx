// The national-colours mark: a gold star on red, used once in the header.
export function Emblem({ size = 40 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="15" fill="#a61b1b" />
      <circle cx="16" cy="16" r="13.2" fill="none" stroke="#f2c230" strokeWidth="0.8" />
      <path
        fill="#f2c230"
        d="M16 6.2l2.35 7.2h7.55l-6.1 4.45 2.35 7.2L16 20.6l-6.15 4.45 2.35-7.2-6.1-4.45h7.55z"
      />
    </svg>
  );
}
