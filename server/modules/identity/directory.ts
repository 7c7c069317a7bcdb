import type { Sql } from "../../platform/db.ts";
import { type AgencyTree, loadTree } from "./agencies.ts";

/**
 * The agency tree, cached: a province has a few hundred units and they change rarely. Any action
 * that changes agencies calls `invalidate()`; other processes see the change within `ttlMs`.
 */
export class AgencyDirectory {
  private cached: { tree: AgencyTree; at: number } | null = null;
  constructor(
    private readonly sql: Sql,
    private readonly ttlMs = 30_000,
  ) {}

  /** The cached tree, else loaded through `sql` (a command's transaction passes its own). */
  async tree(sql: Sql = this.sql): Promise<AgencyTree> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < this.ttlMs) return this.cached.tree;
    const tree = await loadTree(sql);
    this.cached = { tree, at: now };
    return tree;
  }

  invalidate() {
    this.cached = null;
  }
}
