// A local S3-compatible service for the demo, the tests and a province's rehearsals: one bucket,
// path-style, objects kept in memory or in a folder. It checks every request as S3 does — the
// SigV4 signature (403 SignatureDoesNotMatch), the access key (403 InvalidAccessKeyId), the
// request's time (403 RequestTimeTooSkewed), the payload's hash (400 XAmzContentSHA256Mismatch) —
// answers PutObject, GetObject, HeadObject and ListObjectsV2 with S3's XML, and can be told to be
// busy (503 SlowDown for a share of calls, or the next n), slow (each answer delayed), or to damage
// the next reads in transit, so the adapter's retries, timeouts and checks run against real calls.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, relative, sep } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { S3Location } from "./bucket.ts";
import {
  parseAuthorization,
  sameSignature,
  sha256Hex,
  signatureOf,
  UNSIGNED_PAYLOAD,
} from "./sigv4.ts";

export interface S3SimulatorOptions {
  /** 0 (default): a free port. */
  port?: number;
  bucket?: string;
  region?: string;
  accessKey?: string;
  /** Default: a random one, read from `location.secret`. */
  secret?: string;
  /** Keep the objects as files under this folder (default: in memory). */
  dir?: string;
  /** Share of calls answered 503 SlowDown (0..1). */
  failRate?: number;
  /** Delay before each answer, in ms. */
  slowMs?: number;
  /** The randomness of failRate (tests pass their own). */
  random?: () => number;
  /** The simulator's clock (S3 refuses requests more than 15 minutes off). */
  now?: () => Date;
}

export interface S3Call {
  method: string;
  key: string;
  status: number;
  code?: string;
}

export interface S3Simulator {
  /** The endpoint with the bucket: MOTCUA_FILES_S3. */
  url: string;
  location: S3Location;
  faults: { failRate: number; slowMs: number; failNext: number; damageNextReads: number };
  /** Every call answered, in order. */
  calls: S3Call[];
  keys(): string[];
  object(key: string): Buffer | undefined;
  /** Replaces a stored object's bytes (a damaged disk). */
  tamper(key: string, bytes: Uint8Array): void;
  stop(): Promise<void>;
}

const MAX_SKEW_MS = 15 * 60_000;
const XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/";

interface Objects {
  get(key: string): Buffer | undefined;
  set(key: string, bytes: Buffer): void;
  keys(): string[];
}

function memoryObjects(): Objects {
  const m = new Map<string, Buffer>();
  return { get: (k) => m.get(k), set: (k, b) => void m.set(k, b), keys: () => [...m.keys()] };
}

/** Objects as files under a folder (written to a temporary name, then renamed). */
function folderObjects(dir: string): Objects {
  const path = (k: string) => join(dir, ...k.split("/"));
  return {
    get(k) {
      try {
        return statSync(path(k)).isFile() ? readFileSync(path(k)) : undefined;
      } catch {
        return undefined;
      }
    },
    set(k, b) {
      mkdirSync(dirname(path(k)), { recursive: true });
      const tmp = `${path(k)}.tmp-${randomBytes(6).toString("hex")}`;
      writeFileSync(tmp, b);
      renameSync(tmp, path(k));
    },
    keys() {
      const out: string[] = [];
      const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const p = join(d, e.name);
          if (e.isDirectory()) walk(p);
          else if (e.isFile() && !e.name.includes(".tmp-"))
            out.push(relative(dir, p).split(sep).join("/"));
        }
      };
      mkdirSync(dir, { recursive: true });
      walk(dir);
      return out;
    },
  };
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const MESSAGES: Record<string, string> = {
  AccessDenied: "Access Denied",
  InvalidAccessKeyId: "The AWS Access Key Id you provided does not exist in our records.",
  SignatureDoesNotMatch:
    "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
  RequestTimeTooSkewed:
    "The difference between the request time and the current time is too large.",
  AuthorizationHeaderMalformed: "The authorization header is malformed.",
  XAmzContentSHA256Mismatch:
    "The provided 'x-amz-content-sha256' header does not match what was computed.",
  NoSuchKey: "The specified key does not exist.",
  NoSuchBucket: "The specified bucket does not exist",
  SlowDown: "Please reduce your request rate.",
  MethodNotAllowed: "The specified method is not allowed against this resource.",
  InvalidArgument: "Invalid Argument",
};

export async function startS3Simulator(opts: S3SimulatorOptions = {}): Promise<S3Simulator> {
  const bucket = opts.bucket ?? "motcua-files";
  const region = opts.region ?? "us-east-1";
  const accessKey = opts.accessKey ?? "motcua-simulator";
  const secret = opts.secret ?? randomBytes(24).toString("base64url");
  const random = opts.random ?? Math.random;
  const now = opts.now ?? (() => new Date());
  const objects = opts.dir ? folderObjects(opts.dir) : memoryObjects();
  const faults = {
    failRate: opts.failRate ?? 0,
    slowMs: opts.slowMs ?? 0,
    failNext: 0,
    damageNextReads: 0,
  };
  const calls: S3Call[] = [];

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const raw = req.url ?? "/";
    const [rawPath, rawQuery = ""] = raw.split(/\?(.*)/s, 2);
    const segments = rawPath.split("/").filter(Boolean).map(decoded);
    const key = segments.slice(1).join("/");
    const record = (status: number, code?: string) => {
      calls.push({ method: req.method ?? "", key, status, ...(code ? { code } : {}) });
    };
    const fail = (status: number, code: string) => {
      record(status, code);
      sendError(req, res, status, code, rawPath);
    };
    try {
      if (faults.slowMs > 0) await sleep(faults.slowMs);
      if (faults.failNext > 0 || random() < faults.failRate) {
        if (faults.failNext > 0) faults.failNext--;
        return fail(503, "SlowDown");
      }
      const refused = authenticate(req, rawPath, rawQuery, body);
      if (refused) return fail(refused.status, refused.code);
      if (segments[0] !== bucket) return fail(404, "NoSuchBucket");
      // S3 takes such keys; a simulator keeping objects as files must not (a path out of its folder).
      const unsafe = (seg: string) => seg === "." || seg === ".." || seg.includes("\0");
      if (key.split("/").some(unsafe)) return fail(400, "InvalidArgument");
      const query = new URLSearchParams(rawQuery);

      if (!key && req.method === "GET" && query.get("list-type") === "2") {
        record(200);
        return sendXml(res, 200, listing(query));
      }
      if (!key) return fail(405, "MethodNotAllowed");
      if (req.method === "PUT") {
        objects.set(key, body);
        record(200);
        res.writeHead(200, {
          etag: `"${createHash("md5").update(body).digest("hex")}"`,
          "x-amz-request-id": randomUUID(),
        });
        return res.end();
      }
      if (req.method === "GET" || req.method === "HEAD") {
        const stored = objects.get(key);
        if (!stored) return fail(404, "NoSuchKey");
        let bytes = stored;
        if (req.method === "GET" && faults.damageNextReads > 0 && bytes.length > 0) {
          faults.damageNextReads--;
          bytes = Buffer.from(bytes);
          bytes[bytes.length - 1] ^= 0xff;
        }
        record(200);
        res.writeHead(200, {
          "content-length": String(bytes.length),
          "content-type": "application/octet-stream",
          etag: `"${createHash("md5").update(stored).digest("hex")}"`,
        });
        return res.end(req.method === "GET" ? bytes : undefined);
      }
      return fail(405, "MethodNotAllowed");
    } catch {
      if (!res.headersSent) fail(400, "InvalidArgument");
      else res.destroy();
    }
  });

  /** The S3 error a request's signature earns, or null when it is right. */
  function authenticate(req: IncomingMessage, rawPath: string, rawQuery: string, body: Buffer) {
    const auth = parseAuthorization(req.headers.authorization);
    if (!auth) return { status: 403, code: "AccessDenied" };
    if (auth.accessKey !== accessKey) return { status: 403, code: "InvalidAccessKeyId" };
    if (auth.region !== region || auth.service !== "s3")
      return { status: 400, code: "AuthorizationHeaderMalformed" };
    const when = String(req.headers["x-amz-date"] ?? "");
    const at = Date.parse(
      when.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"),
    );
    if (!Number.isFinite(at) || Math.abs(now().getTime() - at) > MAX_SKEW_MS)
      return { status: 403, code: "RequestTimeTooSkewed" };
    if (
      auth.day !== when.slice(0, 8) ||
      !auth.signedHeaders.includes("host") ||
      !auth.signedHeaders.includes("x-amz-date")
    )
      return { status: 403, code: "SignatureDoesNotMatch" };
    const payloadHash = String(req.headers["x-amz-content-sha256"] ?? "");
    if (!payloadHash) return { status: 400, code: "InvalidArgument" };
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      headers[k] = Array.isArray(v) ? v.join(",") : String(v ?? "");
    const expected = signatureOf(
      {
        method: req.method ?? "GET",
        path: rawPath,
        query: rawQuery,
        headers,
        signedHeaders: auth.signedHeaders,
        payloadHash,
      },
      when,
      { accessKey, secret, region },
    ).signature;
    if (!sameSignature(expected, auth.signature))
      return { status: 403, code: "SignatureDoesNotMatch" };
    if (payloadHash !== UNSIGNED_PAYLOAD && payloadHash !== sha256Hex(body))
      return { status: 400, code: "XAmzContentSHA256Mismatch" };
    return null;
  }

  function listing(query: URLSearchParams): string {
    const prefix = query.get("prefix") ?? "";
    const max = Math.min(1000, Number(query.get("max-keys") ?? 1000) || 1000);
    const after = query.get("continuation-token") ?? query.get("start-after") ?? "";
    const all = objects
      .keys()
      .filter((k) => k.startsWith(prefix) && k > after)
      .sort();
    const page = all.slice(0, max);
    const truncated = all.length > page.length;
    return [
      `<ListBucketResult xmlns="${XMLNS}">`,
      `<Name>${xmlEscape(bucket)}</Name><Prefix>${xmlEscape(prefix)}</Prefix>`,
      `<KeyCount>${page.length}</KeyCount><MaxKeys>${max}</MaxKeys>`,
      `<IsTruncated>${truncated}</IsTruncated>`,
      ...page.map(
        (k) =>
          `<Contents><Key>${xmlEscape(k)}</Key><Size>${objects.get(k)?.length ?? 0}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
      ),
      truncated
        ? `<NextContinuationToken>${xmlEscape(page[page.length - 1])}</NextContinuationToken>`
        : "",
      "</ListBucketResult>",
    ].join("");
  }

  await new Promise<void>((r) => server.listen(opts.port ?? 0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/${bucket}`;
  return {
    url,
    location: { endpoint: url, region, accessKey, secret },
    faults,
    calls,
    keys: () => objects.keys().sort(),
    object: (k) => objects.get(k),
    tamper: (k, bytes) => objects.set(k, Buffer.from(bytes)),
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function sendXml(res: ServerResponse, status: number, xml: string): void {
  res.writeHead(status, {
    "content-type": "application/xml",
    "x-amz-request-id": randomUUID(),
  });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
}

function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: string,
  resource: string,
): void {
  // A HEAD answer has no body: the status alone tells.
  if (req.method === "HEAD") {
    res.writeHead(status, { "x-amz-request-id": randomUUID() });
    return void res.end();
  }
  sendXml(
    res,
    status,
    `<Error><Code>${code}</Code><Message>${xmlEscape(MESSAGES[code] ?? code)}</Message><Resource>${xmlEscape(resource)}</Resource><RequestId>${randomUUID()}</RequestId></Error>`,
  );
}
