// The organisation tree, effective-dated. The 2025 reorganisation (Resolution 202/2025/QH15 on
// merged provinces; two-tier local government from 1 July 2025) merged units: a merged agency
// keeps its code and history, and its subtree is found under the unit it was merged into.
import type { AGENCY_LEVELS } from "../../../shared/contracts/identity.ts";
import type { Sql } from "../../platform/db.ts";
import { AppError, badInput } from "../../platform/errors.ts";

export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

export interface Agency {
  code: string;
  name: string;
  parentCode: string | null;
  level: AgencyLevel;
  validFrom: string;
  validTo: string | null;
  mergedInto: string | null;
}

interface AgencyRow {
  code: string;
  name: string;
  parent_code: string | null;
  level: AgencyLevel;
  valid_from: string;
  valid_to: string | null;
  merged_into: string | null;
}

const toAgency = (r: AgencyRow): Agency => ({
  code: r.code,
  name: r.name,
  parentCode: r.parent_code,
  level: r.level,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  mergedInto: r.merged_into,
});

/** Electronic identifier codes: a letter, digits, then dot-separated groups (e.g. H58, H58.27, G12.1.3). */
export const AGENCY_CODE = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4}){0,4}$/;

/** An in-memory view of the tree for scope expansion: small (a province has a few hundred units). */
export class AgencyTree {
  readonly byCode: Map<string, Agency>;
  private readonly children = new Map<string, string[]>();

  constructor(agencies: Agency[]) {
    this.byCode = new Map(agencies.map((a) => [a.code, a]));
    for (const a of agencies) {
      // A merged unit hangs under the unit it was merged into; otherwise under its parent.
      const up = a.mergedInto ?? a.parentCode;
      if (!up) continue;
      const list = this.children.get(up) ?? [];
      list.push(a.code);
      this.children.set(up, list);
    }
  }

  /** The code itself and everything below it (including units merged into it). */
  subtreeOf = (code: string): string[] => {
    const out: string[] = [];
    const stack = [code];
    const seen = new Set<string>();
    while (stack.length) {
      const c = stack.pop()!;
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(c);
      for (const k of this.children.get(c) ?? []) stack.push(k);
    }
    return out;
  };

  /** The current unit that answers for a code (follows mergers). */
  successorOf(code: string): string {
    let c = code;
    for (let i = 0; i < 20; i++) {
      const next = this.byCode.get(c)?.mergedInto;
      if (!next) return c;
      c = next;
    }
    return c;
  }

  /** The path from the root to the code: for headings ("UBND tỉnh … / Sở …"). */
  ancestorsOf(code: string): Agency[] {
    const out: Agency[] = [];
    let a = this.byCode.get(code);
    while (a) {
      out.unshift(a);
      a = a.parentCode ? this.byCode.get(a.parentCode) : undefined;
    }
    return out;
  }
}

export async function loadTree(sql: Sql): Promise<AgencyTree> {
  const r = await sql.query<AgencyRow>("SELECT * FROM agencies ORDER BY code");
  return new AgencyTree(r.rows.map(toAgency));
}

export async function getAgency(sql: Sql, code: string): Promise<Agency | null> {
  const r = await sql.query<AgencyRow>("SELECT * FROM agencies WHERE code = $1", [code]);
  return r.rows[0] ? toAgency(r.rows[0]) : null;
}

export interface NewAgency {
  code: string;
  name: string;
  parentCode: string | null;
  level: AgencyLevel;
  validFrom?: string;
}

export async function insertAgency(tx: Sql, a: NewAgency): Promise<Agency> {
  if (!AGENCY_CODE.test(a.code))
    throw badInput(
      "identity.bad_agency_code",
      "code",
      `mã định danh "${a.code}" không hợp lệ (ví dụ: H58.27)`,
      `agency code "${a.code}" is not valid (e.g. H58.27)`,
    );
  if (a.parentCode && !(await getAgency(tx, a.parentCode)))
    throw badInput(
      "identity.unknown_parent",
      "parent",
      `không có đơn vị cha "${a.parentCode}"`,
      `no parent agency "${a.parentCode}"`,
    );
  const r = await tx.query<AgencyRow>(
    `INSERT INTO agencies (code, name, parent_code, level, valid_from)
     VALUES ($1,$2,$3,$4,COALESCE($5::date, DATE '2000-01-01'))
     ON CONFLICT (code) DO NOTHING RETURNING *`,
    [a.code, a.name, a.parentCode, a.level, a.validFrom ?? null],
  );
  if (!r.rows[0])
    throw new AppError("identity.agency_exists", "conflict", {
      vi: `Đơn vị mã ${a.code} đã tồn tại.`,
      en: `Agency ${a.code} already exists.`,
    });
  await tx.query(
    "INSERT INTO agency_history (code, change, effective_on, new_value) VALUES ($1,'created',$2,$3)",
    [a.code, r.rows[0].valid_from, a.name],
  );
  return toAgency(r.rows[0]);
}

export async function renameAgency(
  tx: Sql,
  code: string,
  name: string,
  effectiveOn: string,
  legalBasis?: string,
) {
  const old = await getAgency(tx, code);
  if (!old) throw unknownAgency(code);
  await tx.query("UPDATE agencies SET name = $2 WHERE code = $1", [code, name]);
  await tx.query(
    "INSERT INTO agency_history (code, change, effective_on, old_value, new_value, legal_basis) VALUES ($1,'renamed',$2,$3,$4,$5)",
    [code, effectiveOn, old.name, name, legalBasis ?? null],
  );
}

/** Merges `code` into `into` from a date: the old unit ceases, its history and dossiers stay. */
export async function mergeAgency(
  tx: Sql,
  code: string,
  into: string,
  effectiveOn: string,
  legalBasis?: string,
) {
  const [a, b] = [await getAgency(tx, code), await getAgency(tx, into)];
  if (!a) throw unknownAgency(code);
  if (!b) throw unknownAgency(into);
  if (a.mergedInto)
    throw new AppError("identity.already_merged", "conflict", {
      vi: `Đơn vị ${code} đã được hợp nhất vào ${a.mergedInto}.`,
      en: `Agency ${code} was already merged into ${a.mergedInto}.`,
    });
  if (code === into || (await loadTree(tx)).subtreeOf(code).includes(into))
    throw badInput(
      "identity.merge_cycle",
      "into",
      `không thể hợp nhất ${code} vào chính nó hoặc đơn vị cấp dưới`,
      `cannot merge ${code} into itself or a unit below it`,
    );
  await tx.query("UPDATE agencies SET merged_into = $2, valid_to = $3 WHERE code = $1", [
    code,
    into,
    effectiveOn,
  ]);
  await tx.query(
    "INSERT INTO agency_history (code, change, effective_on, old_value, new_value, legal_basis) VALUES ($1,'merged',$2,$3,$4,$5)",
    [code, effectiveOn, a.name, into, legalBasis ?? null],
  );
}

export async function agencyHistory(sql: Sql, code: string) {
  const r = await sql.query(
    'SELECT change, effective_on AS "effectiveOn", old_value AS "oldValue", new_value AS "newValue", legal_basis AS "legalBasis" FROM agency_history WHERE code = $1 ORDER BY id',
    [code],
  );
  return r.rows;
}

export function unknownAgency(code: string): AppError {
  return new AppError("identity.unknown_agency", "not_found", {
    vi: `Không tìm thấy đơn vị mã ${code}.`,
    en: `No agency with code ${code}.`,
  });
}
