// Anchors: the chain's sealed head exported outside the database and signed (Ed25519), so a
// chain re-hashed or cut by someone who controls the database no longer matches what was
// exported before. Files go to a folder the operator chooses (default <data dir>/audit-anchors;
// best a write-once or remote mount); the signing key lives in a key file (default
// <data dir>/audit-anchor.key, created on first use, mode 0600).
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";
import { canonical } from "./chain.ts";
import type { AnchorPoint } from "./verify.ts";

export interface AnchorOptions {
  dir: string;
  keyFile: string;
}

export interface AnchorFile {
  payload: { kind: "motcua.audit-anchor"; seq: number; hash: string; at: string };
  /** base64 Ed25519 signature of the canonical JSON of `payload`. */
  signature: string;
  /** The signer's public key (SPKI PEM), for reading; verification uses the configured key. */
  publicKey: string;
}

/** Where anchors go: configured, else beside the embedded store; none for an in-memory store. */
export function anchorOptionsOf(config: {
  dataDir: string;
  auditAnchorDir?: string;
  auditAnchorKey?: string;
}): AnchorOptions | null {
  const inMemory = config.dataDir.startsWith("memory://");
  if (inMemory && !(config.auditAnchorDir && config.auditAnchorKey)) return null;
  return {
    dir: config.auditAnchorDir ?? join(config.dataDir, "audit-anchors"),
    keyFile: config.auditAnchorKey ?? join(config.dataDir, "audit-anchor.key"),
  };
}

function privateKey(keyFile: string, create: boolean): KeyObject {
  if (!existsSync(keyFile)) {
    if (!create)
      throw new AppError("audit.anchor_key_missing", "bad_input", {
        vi: `Không có khóa ký mốc nhật ký kiểm toán ${keyFile}`,
        en: `The audit anchor signing key ${keyFile} is missing`,
      });
    const { privateKey: k } = generateKeyPairSync("ed25519");
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, k.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  }
  return createPrivateKey(readFileSync(keyFile));
}

const fileName = (seq: number) => `anchor-${String(seq).padStart(15, "0")}.json`;

/** The sealed head, signed, written to the folder (nothing when it is already anchored). */
export async function writeAnchor(
  sql: Sql,
  opts: AnchorOptions,
  now: Date,
): Promise<AnchorFile | null> {
  const head = await sql.query<{ seq: number; hash: string }>(
    "SELECT seq, hash FROM audit_log WHERE hash IS NOT NULL ORDER BY seq DESC LIMIT 1",
  );
  const h = head.rows[0];
  if (!h) return null;
  const path = join(opts.dir, fileName(Number(h.seq)));
  if (existsSync(path)) return null;
  const key = privateKey(opts.keyFile, true);
  const payload = {
    kind: "motcua.audit-anchor" as const,
    seq: Number(h.seq),
    hash: h.hash,
    at: now.toISOString(),
  };
  const file: AnchorFile = {
    payload,
    signature: sign(null, Buffer.from(canonical(payload)), key).toString("base64"),
    publicKey: createPublicKey(key).export({ type: "spki", format: "pem" }).toString(),
  };
  mkdirSync(opts.dir, { recursive: true });
  // Written whole, then renamed: a reader never sees half an anchor.
  writeFileSync(`${path}.tmp`, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o444 });
  renameSync(`${path}.tmp`, path);
  return file;
}

/** The anchors in the folder, each checked against the configured key; a forged one is refused. */
export function readAnchors(opts: AnchorOptions): AnchorPoint[] {
  if (!existsSync(opts.dir)) return [];
  const names = readdirSync(opts.dir).filter((f) => /^anchor-\d+\.json$/.test(f));
  if (!names.length) return [];
  const pub = createPublicKey(privateKey(opts.keyFile, false));
  return names.sort().map((name) => {
    const forged = () =>
      new AppError("audit.anchor_forged", "conflict", {
        vi: `Mốc nhật ký ${name} không có chữ ký hợp lệ của khóa ${opts.keyFile}`,
        en: `Anchor ${name} is not validly signed by the key ${opts.keyFile}`,
      });
    let f: AnchorFile;
    try {
      f = JSON.parse(readFileSync(join(opts.dir, name), "utf8")) as AnchorFile;
    } catch {
      throw forged();
    }
    const ok =
      f?.payload?.kind === "motcua.audit-anchor" &&
      typeof f.signature === "string" &&
      verify(null, Buffer.from(canonical(f.payload)), pub, Buffer.from(f.signature, "base64"));
    if (!ok || name !== fileName(f.payload.seq)) throw forged();
    return { seq: f.payload.seq, hash: f.payload.hash };
  });
}
