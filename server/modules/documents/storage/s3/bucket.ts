// One bucket of an S3-compatible service (AWS S3, MinIO, Ceph RGW, Garage) over its REST API,
// addressed path-style (http://host:port/bucket/key), every request signed with SigV4. A call is
// tried again after a growing, jittered pause when the service is busy or out (500, 502, 503
// SlowDown, 504), the network fails or no answer comes within the timeout; a refusal (403) or a
// bad request is reported at once, in Vietnamese and English, naming the service and the key.
import { setTimeout as sleep } from "node:timers/promises";
import { docError } from "../../errors.ts";
import { EMPTY_SHA256, sha256Hex, signRequest, uriEncode } from "./sigv4.ts";

/** Where the files are: the endpoint with the bucket (and an optional key prefix) in its path. */
export interface S3Location {
  /** e.g. http://127.0.0.1:9000/motcua-files or https://s3.ap-southeast-1.amazonaws.com/b/prefix */
  endpoint: string;
  region: string;
  accessKey: string;
  /** The secret access key: signs requests, never sent, logged or put in a message. */
  secret: string;
}

export interface S3CallOptions {
  /** Longest wait for one answer, body included (default 15 s). */
  timeoutMs?: number;
  /** Tries of one call before giving up (default 4). */
  attempts?: number;
  /** First pause between tries, doubled each time, with jitter (default 200 ms). */
  backoffMs?: number;
  now?: () => Date;
}

export interface Endpoint {
  origin: string;
  bucket: string;
  /** Key prefix without slashes at its ends ("" when none). */
  prefix: string;
}

export function parseEndpoint(endpoint: string): Endpoint {
  const u = new URL(endpoint);
  const [bucket, ...rest] = u.pathname.split("/").filter(Boolean);
  if (!bucket || !/^https?:$/.test(u.protocol) || u.search || u.username)
    throw docError(
      "s3_endpoint",
      "bad_input",
      `Địa chỉ kho tệp S3 "${u.origin}${u.pathname}" phải có dạng http(s)://máy-chủ[:cổng]/bucket[/tiền-tố]`,
      `The S3 file store address "${u.origin}${u.pathname}" must be http(s)://host[:port]/bucket[/prefix]`,
    );
  return { origin: u.origin, bucket: decodeURIComponent(bucket), prefix: rest.join("/") };
}

export interface S3Answer {
  status: number;
  headers: Headers;
  body: Buffer;
}

type Op = "put" | "get" | "head" | "list";
const OP: Record<Op, { vi: string; en: string }> = {
  put: { vi: "ghi", en: "write" },
  get: { vi: "đọc", en: "read" },
  head: { vi: "kiểm tra", en: "check" },
  list: { vi: "liệt kê", en: "list" },
};
const RETRIED = new Set([500, 502, 503, 504]);

/** The error code and message of an S3 XML error body, if any. */
export function s3ErrorOf(body: Buffer): { code?: string; message?: string } {
  const text = body.toString("utf8");
  const tag = (t: string) => text.match(new RegExp(`<${t}>([^<]*)</${t}>`))?.[1];
  return { code: tag("Code"), message: tag("Message") };
}

export class S3Bucket {
  readonly endpoint: Endpoint;
  /** host/bucket, for messages. */
  readonly where: string;
  private readonly timeoutMs: number;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly location: S3Location,
    opts: S3CallOptions = {},
  ) {
    this.endpoint = parseEndpoint(location.endpoint);
    this.where = `${new URL(this.endpoint.origin).host}/${this.endpoint.bucket}`;
    this.timeoutMs = opts.timeoutMs ?? 15_000;
    this.attempts = Math.max(1, opts.attempts ?? 4);
    this.backoffMs = opts.backoffMs ?? 200;
    this.now = opts.now ?? (() => new Date());
  }

  /** The full key of a name under the endpoint's prefix. */
  key(name: string): string {
    return this.endpoint.prefix ? `${this.endpoint.prefix}/${name}` : name;
  }

  private url(key: string | null, query: Record<string, string> = {}): URL {
    const path = `/${uriEncode(this.endpoint.bucket, false)}${
      key === null
        ? ""
        : `/${key
            .split("/")
            .map((s) => uriEncode(s, false))
            .join("/")}`
    }`;
    const q = Object.entries(query)
      .map(([k, v]) => `${uriEncode(k, false)}=${uriEncode(v, false)}`)
      .join("&");
    return new URL(`${this.endpoint.origin}${path}${q ? `?${q}` : ""}`);
  }

  /** One signed call, tried again on outages; 2xx and 404 are answers, the rest errors. */
  async call(
    op: Op,
    method: string,
    key: string | null,
    init: {
      body?: Uint8Array;
      /** The body's SHA-256 when the caller knows it already (a stored file's name). */
      payloadHash?: string;
      query?: Record<string, string>;
      headers?: Record<string, string>;
    } = {},
  ): Promise<S3Answer> {
    const url = this.url(key, init.query);
    const payloadHash = init.payloadHash ?? (init.body ? sha256Hex(init.body) : EMPTY_SHA256);
    let last = "";
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      if (attempt > 1) {
        const pause = this.backoffMs * 2 ** (attempt - 2);
        await sleep(pause + Math.random() * pause);
      }
      let answer: S3Answer;
      try {
        // Signed afresh on each try: the signature carries the time it was made.
        const headers = signRequest(
          { method, url, headers: init.headers, payloadHash },
          this.location,
          this.now(),
        );
        const res = await fetch(url, {
          method,
          headers,
          body: init.body,
          signal: AbortSignal.timeout(this.timeoutMs),
        });
        answer = {
          status: res.status,
          headers: res.headers,
          body: Buffer.from(await res.arrayBuffer()),
        };
      } catch (e) {
        const err = e as Error & { cause?: { code?: string } };
        last =
          err.name === "TimeoutError"
            ? `timeout ${this.timeoutMs} ms`
            : (err.cause?.code ?? err.name ?? "network");
        continue;
      }
      if (answer.status < 300 || answer.status === 404) return answer;
      const { code } = s3ErrorOf(answer.body);
      if (RETRIED.has(answer.status)) {
        last = `${answer.status}${code ? ` ${code}` : ""}`;
        continue;
      }
      throw this.refusal(op, key, answer.status, code);
    }
    throw docError(
      "file_store_unavailable",
      "unavailable",
      `Kho tệp S3 ${this.where} không trả lời được việc ${OP[op].vi} ${key ?? "bucket"} sau ${this.attempts} lần thử (${last})`,
      `The S3 file store ${this.where} did not answer the ${OP[op].en} of ${key ?? "the bucket"} after ${this.attempts} tries (${last})`,
      { extra: { attempts: this.attempts, last } },
    );
  }

  private refusal(op: Op, key: string | null, status: number, code: string | undefined) {
    const what = key ?? "bucket";
    const s3 = `${status}${code ? ` ${code}` : ""}`;
    if (status === 403)
      return docError(
        "file_store_refused",
        "internal",
        `Kho tệp S3 ${this.where} từ chối việc ${OP[op].vi} ${what} (${s3}): kiểm tra MOTCUA_FILES_S3_ACCESS_KEY, MOTCUA_FILES_S3_SECRET_KEY, MOTCUA_FILES_S3_REGION, đồng hồ máy chủ và quyền trên bucket`,
        `The S3 file store ${this.where} refused the ${OP[op].en} of ${what} (${s3}): check MOTCUA_FILES_S3_ACCESS_KEY, MOTCUA_FILES_S3_SECRET_KEY, MOTCUA_FILES_S3_REGION, the server's clock and the bucket's permissions`,
        { extra: { s3Status: status, s3Code: code } },
      );
    return docError(
      "file_store_error",
      "internal",
      `Kho tệp S3 ${this.where} trả lỗi khi ${OP[op].vi} ${what} (${s3})`,
      `The S3 file store ${this.where} answered an error to the ${OP[op].en} of ${what} (${s3})`,
      { extra: { s3Status: status, s3Code: code } },
    );
  }

  /** Stores the bytes; S3 refuses them (XAmzContentSHA256Mismatch) unless they hash to `sha256`. */
  async put(key: string, bytes: Uint8Array, contentType: string, sha256?: string): Promise<void> {
    const a = await this.call("put", "PUT", key, {
      body: bytes,
      payloadHash: sha256,
      headers: { "content-type": contentType },
    });
    if (a.status === 404) throw this.noBucket("put", key, a);
  }

  /** The object's bytes, or null when there is no such key. */
  async get(key: string): Promise<Buffer | null> {
    const a = await this.call("get", "GET", key);
    if (a.status !== 404) return a.body;
    if (s3ErrorOf(a.body).code === "NoSuchBucket") throw this.noBucket("get", key, a);
    return null;
  }

  /** The object's size, or null when there is no such key. */
  async head(key: string): Promise<{ size: number } | null> {
    const a = await this.call("head", "HEAD", key);
    if (a.status === 404) return null;
    return { size: Number(a.headers.get("content-length") ?? -1) };
  }

  /** Every key under a prefix (ListObjectsV2, 1000 a page). */
  async *list(prefix: string, pageSize = 1000): AsyncGenerator<{ key: string; size: number }> {
    let token: string | undefined;
    do {
      const query: Record<string, string> = {
        "list-type": "2",
        prefix,
        "max-keys": String(pageSize),
      };
      if (token) query["continuation-token"] = token;
      const a = await this.call("list", "GET", null, { query });
      if (a.status === 404) throw this.noBucket("list", null, a);
      const xml = a.body.toString("utf8");
      for (const m of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
        const key = m[1].match(/<Key>([^<]*)<\/Key>/)?.[1];
        const size = m[1].match(/<Size>(\d+)<\/Size>/)?.[1];
        if (key !== undefined) yield { key: xmlText(key), size: Number(size ?? 0) };
      }
      const truncated = /<IsTruncated>true<\/IsTruncated>/.test(xml);
      token = truncated
        ? xmlText(xml.match(/<NextContinuationToken>([^<]*)<\/NextContinuationToken>/)?.[1] ?? "")
        : undefined;
    } while (token);
  }

  private noBucket(op: Op, key: string | null, a: S3Answer) {
    return this.refusal(op, key, a.status, s3ErrorOf(a.body).code ?? "NoSuchBucket");
  }
}

function xmlText(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
