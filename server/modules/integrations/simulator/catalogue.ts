// The national procedure database as the simulated portal holds it: procedure records
// (sync-record.md) it answers per province at GET /procedures?province=… (portal-sync.md,
// "Catalogue"). Lines are kept as given, so a province's rehearsal can include a bad one.
export class NationalCatalogue {
  private lines: string[] = [];

  /** Replaces what the portal publishes: records, or raw JSON Lines text. */
  publish(records: readonly unknown[] | string): void {
    this.lines =
      typeof records === "string"
        ? records.split(/\r?\n/).filter((l) => l.trim())
        : records.map((r) => JSON.stringify(r));
  }

  get size(): number {
    return this.lines.length;
  }

  /** The lines of the records implemented by the province's agencies (codes under it). */
  forProvince(province: string): string[] {
    const ours = (code: unknown) =>
      typeof code === "string" && (code === province || code.startsWith(`${province}.`));
    return this.lines.filter((line) => {
      try {
        const agencies = (JSON.parse(line) as { agencies?: unknown }).agencies;
        return Array.isArray(agencies) && agencies.some(ours);
      } catch {
        return line.includes(`"${province}.`); // a broken line still goes to its province
      }
    });
  }
}
