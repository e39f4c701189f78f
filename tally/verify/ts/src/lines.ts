// Reading a record line by line from chunks of bytes, hashing the hashed
// lines (docs/record.md, "Record hash").

import { sha256 } from '@noble/hashes/sha2.js';
import { RecordError } from './json.js';
import { lineType } from './record.js';

export type Chunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export class LineReader {
  private it: AsyncIterator<Uint8Array> | Iterator<Uint8Array>;
  private buf = new Uint8Array(0);
  private pos = 0;
  private done = false;
  readonly hash = sha256.create();
  line = 0;
  constructor(src: Chunks) {
    this.it = Symbol.asyncIterator in src ? (src as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]() : (src as Iterable<Uint8Array>)[Symbol.iterator]();
  }
  /** The next line without its newline and its type, or undefined at the end. */
  async next(): Promise<{ type: string; line: Uint8Array } | undefined> {
    for (;;) {
      const nl = this.buf.indexOf(10, this.pos);
      if (nl >= 0) {
        const full = this.buf.subarray(this.pos, nl + 1);
        this.pos = nl + 1;
        this.line++;
        const type = lineType(full);
        if (type !== 'published') this.hash.update(full);
        return { type, line: full.subarray(0, full.length - 1) };
      }
      if (this.done) {
        if (this.pos < this.buf.length) throw new RecordError(`line ${this.line + 1}: no newline at the end`);
        return undefined;
      }
      const r = await this.it.next();
      if (r.done) {
        this.done = true;
        continue;
      }
      const rest = this.buf.subarray(this.pos);
      const b = new Uint8Array(rest.length + r.value.length);
      b.set(rest);
      b.set(r.value, rest.length);
      this.buf = b;
      this.pos = 0;
    }
  }
}
