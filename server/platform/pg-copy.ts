// COPY … FROM STDIN on a node-postgres client, with the driver's own protocol support (a
// "submittable" query: the client hands it the connection, it sends the COPY statement, then the
// data as CopyData messages and CopyDone). No stream library: the data is one string per call.

interface Connection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}
interface Client {
  query(q: unknown): unknown;
}

const CHUNK = 1 << 20;

class CopyFrom {
  rowCount = 0;
  constructor(
    private readonly text: string,
    private readonly data: Buffer,
    private readonly done: (e: Error | null, n: number) => void,
  ) {}
  submit(connection: Connection): void {
    connection.query(this.text);
  }
  handleCopyInResponse(connection: Connection): void {
    for (let at = 0; at < this.data.length; at += CHUNK)
      connection.sendCopyFromChunk(this.data.subarray(at, at + CHUNK));
    connection.endCopyFrom();
  }
  handleCommandComplete(msg: { text?: string }): void {
    const n = /(\d+)$/.exec(msg.text ?? "");
    this.rowCount = n ? Number(n[1]) : 0;
  }
  /** The client detaches the query on an error: no ReadyForQuery reaches it afterwards. */
  handleError(e: Error): void {
    this.done(e, 0);
  }
  handleReadyForQuery(): void {
    this.done(null, this.rowCount);
  }
  // Messages a COPY FROM never receives; present because the client may call them.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Sends `data` (COPY text format, one row a line) into table (columns); the rows copied. */
export function copyIn(
  client: Client,
  table: string,
  columns: readonly string[],
  data: string | Uint8Array,
): Promise<number> {
  return new Promise((resolve, reject) => {
    client.query(
      new CopyFrom(
        `COPY ${table} (${columns.join(", ")}) FROM STDIN`,
        typeof data === "string"
          ? Buffer.from(data, "utf8")
          : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
        (e, n) => (e ? reject(e) : resolve(n)),
      ),
    );
  });
}
