// What the reform module receives from the composition root: the identity deps, the file store
// for evidence and signed directives, and the port that reads the system's own figures.
import type { Sql } from "../../platform/db.ts";
import type { FileStore } from "../documents/index.ts";
import type { AgencyTree, IdentityDeps } from "../identity/index.ts";
import type { Measure } from "./index-score/measures.ts";

/** A figure measured by the system: numerator / denominator (value null when nothing to count). */
export interface Figure {
  numerator: number;
  denominator: number;
  value: number | null;
}

export interface UnitAgencies {
  code: string;
  /** The unit and every agency below it. */
  agencies: string[];
}

/**
 * The system's own figures of each unit over a period [from, to] (Vietnam days), read through
 * `sql` (the caller's transaction or the database). The quality-index, catalogue, accountability
 * and feedback modules answer it; the reform module adds the directive tasks itself.
 */
export type SystemFigures = (
  sql: Sql,
  units: UnitAgencies[],
  period: { from: string; to: string },
) => Promise<Map<string, Partial<Record<Measure, Figure>>>>;

/** The Decision 766 service index of a unit for a period, as the dashboard shows it. */
export interface ServiceIndex {
  from: string;
  to: string;
  total: number;
  groups: { id: string; max: number; score: number }[];
  band: { vi: string; en: string };
  noData: boolean;
}

export type ServiceIndexOf = (
  sql: Sql,
  tree: AgencyTree,
  unit: string,
  period: { from: string; to: string },
) => Promise<ServiceIndex>;

export interface ReformDeps extends IdentityDeps {
  files?: FileStore;
  figures?: SystemFigures;
  /** The quality-index module answers it (composition root). */
  serviceIndex?: ServiceIndexOf;
  /** The public address of the citizen pages (the survey links). */
  publicUrl?: () => string;
}
