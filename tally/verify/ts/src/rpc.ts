// A JSON-RPC 2.0 client over HTTP (fetch) for a chain node the observer
// chooses, which may be slow, rate-limited or hostile: an answer is read
// up to a size limit, must be a JSON-RPC response to this request, and a
// busy node (a network error, HTTP 429 or 5xx, a timeout) is asked again
// after a growing pause, a few times.

export class ChainError extends Error {}

/** The node answered with a JSON-RPC error object. */
export class RpcError extends ChainError {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

/** The answer was longer than the limit (Rpc's maxBytes). */
export class TooLarge extends ChainError {}

class Busy extends ChainError {
  constructor(message: string, readonly retryAfterMs?: number) {
    super(message);
  }
}

export interface RpcOptions {
  fetch?: typeof fetch;
  /** Largest answer read, in bytes; default 32 MiB. */
  maxBytes?: number;
  /** Further attempts after a busy answer; default 5. */
  retries?: number;
  /** The first pause, doubled each time; default 500 ms. */
  backoffMs?: number;
  /** One request's time limit; default 60 s. */
  timeoutMs?: number;
}

export class Rpc {
  private id = 0;
  private readonly o: Required<RpcOptions>;
  constructor(readonly url: string, opts: RpcOptions = {}) {
    this.o = {
      fetch: opts.fetch ?? globalThis.fetch.bind(globalThis), maxBytes: opts.maxBytes ?? 32 << 20,
      retries: opts.retries ?? 5, backoffMs: opts.backoffMs ?? 500, timeoutMs: opts.timeoutMs ?? 60_000,
    };
  }

  /** Calls method; a JSON-RPC error is an RpcError, anything else wrong a ChainError. */
  async call(method: string, params: unknown[]): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(method, params);
      } catch (e) {
        if (!(e instanceof Busy) || attempt >= this.o.retries) {
          if (e instanceof ChainError) throw e;
          throw new ChainError(`${method}: ${(e as Error).message}`);
        }
        const ms = Math.min(e.retryAfterMs ?? this.o.backoffMs * 2 ** attempt, 60_000);
        await new Promise((r) => setTimeout(r, ms));
      }
    }
  }

  private async once(method: string, params: unknown[]): Promise<unknown> {
    const id = ++this.id;
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), this.o.timeoutMs);
    try {
      let res: Response;
      try {
        res = await this.o.fetch(this.url, {
          method: 'POST', headers: { 'content-type': 'application/json' }, signal: ctl.signal,
          body: JSON.stringify({ jsonrpc: '2.0', id, method, params }),
        });
      } catch (e) {
        throw new Busy(`${method}: ${this.url}: ${ctl.signal.aborted ? 'no answer in time' : (e as Error).message}`);
      }
      if (res.status === 429 || res.status >= 500) {
        await res.body?.cancel();
        const after = Number(res.headers.get('retry-after'));
        throw new Busy(`${method}: HTTP ${res.status}`, after > 0 ? after * 1000 : undefined);
      }
      const text = await this.read(res, method);
      let j: unknown;
      try {
        j = JSON.parse(text);
      } catch {
        throw new ChainError(`${method}: the node's answer (HTTP ${res.status}) is not JSON`);
      }
      return response(j, id, method, res.status);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The body as text, refused past maxBytes. */
  private async read(res: Response, method: string): Promise<string> {
    const max = this.o.maxBytes;
    const tooLarge = () => new TooLarge(`${method}: the node's answer is longer than ${max} bytes`);
    if (Number(res.headers.get('content-length')) > max) {
      await res.body?.cancel();
      throw tooLarge();
    }
    if (!res.body) return '';
    const rd = res.body.getReader();
    const parts: Uint8Array[] = [];
    let n = 0;
    for (;;) {
      const { done, value } = await rd.read();
      if (done) break;
      n += value.length;
      if (n > max) {
        await rd.cancel();
        throw tooLarge();
      }
      parts.push(value);
    }
    const all = new Uint8Array(n);
    let o = 0;
    for (const p of parts) {
      all.set(p, o);
      o += p.length;
    }
    return new TextDecoder().decode(all);
  }
}

/** The result of a JSON-RPC response to request id, or its error thrown. */
function response(j: unknown, id: number, method: string, status: number): unknown {
  const bad = (what: string) => new ChainError(`${method}: the node's answer (HTTP ${status}) ${what}`);
  if (typeof j !== 'object' || j === null || Array.isArray(j)) throw bad('is not a JSON-RPC response object');
  const r = j as Record<string, unknown>;
  if (r.jsonrpc !== '2.0' || r.id !== id) throw bad(`is not the response to request ${id}`);
  if ('error' in r) {
    const e = r.error as Record<string, unknown> | null;
    if (typeof e !== 'object' || e === null || typeof e.code !== 'number' || typeof e.message !== 'string') throw bad('has a malformed error');
    throw new RpcError(e.code, `${method}: the node says: ${e.message.slice(0, 300)} (${e.code})`);
  }
  if (!('result' in r)) throw bad('has no result');
  if (status !== 200) throw bad('is not HTTP 200');
  return r.result;
}
