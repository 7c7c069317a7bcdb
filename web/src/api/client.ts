// The one way the web app talks to the server: same-origin fetch with the session cookie, the
// CSRF header on unsafe methods, and RFC 9457 problem+json turned into an ApiError.

export interface Messages {
  vi: string;
  en: string;
}

export interface FieldError extends Messages {
  field: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: Messages,
    readonly fieldErrors: FieldError[] = [],
    readonly requestId?: string,
  ) {
    super(messages.en);
    this.name = "ApiError";
  }
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null | undefined) {
  csrfToken = token ?? null;
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: RequestOptions["query"]): string {
  if (!query) return path;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}${path.includes("?") ? "&" : "?"}${s}` : path;
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json, application/problem+json" };
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  if (UNSAFE.has(method) && csrfToken) headers["x-csrf-token"] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), {
      method,
      headers,
      credentials: "same-origin",
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError(0, "network", {
      vi: "Không kết nối được máy chủ.",
      en: "Cannot reach the server.",
    });
  }
  if (res.ok) {
    const type = res.headers.get("content-type") ?? "";
    return (type.includes("json") ? await res.json() : await res.text()) as T;
  }
  throw await toError(res);
}

async function toError(res: Response): Promise<ApiError> {
  const requestId = res.headers.get("x-request-id") ?? undefined;
  try {
    const p = (await res.json()) as {
      code?: string;
      title?: string;
      messages?: Messages;
      errors?: FieldError[];
      requestId?: string;
    };
    const messages = p.messages ?? { vi: p.title ?? res.statusText, en: p.title ?? res.statusText };
    return new ApiError(
      res.status,
      p.code ?? `http.${res.status}`,
      messages,
      p.errors ?? [],
      p.requestId ?? requestId,
    );
  } catch {
    return new ApiError(
      res.status,
      `http.${res.status}`,
      {
        vi: `Máy chủ trả lỗi ${res.status}.`,
        en: `The server answered ${res.status}.`,
      },
      [],
      requestId,
    );
  }
}

export const get = <T>(path: string, query?: RequestOptions["query"]) =>
  request<T>(path, { query });
export const post = <T>(path: string, body?: unknown) =>
  request<T>(path, { method: "POST", body: body ?? {} });
export const put = <T>(path: string, body: unknown) => request<T>(path, { method: "PUT", body });
export const del = <T>(path: string) => request<T>(path, { method: "DELETE" });

/**
 * POSTs a file as the raw request body (its type as Content-Type, its name in X-File-Name) with
 * XMLHttpRequest, so the upload's progress (0–1) can be shown; errors as with `request`.
 */
export function upload<T>(path: string, file: File, onProgress?: (done: number) => void) {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.withCredentials = true;
    xhr.setRequestHeader("accept", "application/json, application/problem+json");
    xhr.setRequestHeader("content-type", file.type || "application/octet-stream");
    xhr.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    if (csrfToken) xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () =>
      reject(
        new ApiError(0, "network", {
          vi: "Không kết nối được máy chủ.",
          en: "Cannot reach the server.",
        }),
      );
    xhr.onload = () => {
      const res = new Response(xhr.responseText, {
        status: xhr.status,
        headers: {
          "content-type": xhr.getResponseHeader("content-type") ?? "",
          "x-request-id": xhr.getResponseHeader("x-request-id") ?? "",
        },
      });
      if (res.ok) resolve(res.json() as Promise<T>);
      else toError(res).then(reject);
    };
    xhr.send(file);
  });
}
