// archiver 8 ships no types: the part of its API this project uses.
declare module 'archiver' {
  import type { Readable, Transform } from 'node:stream';
  interface EntryData {
    name: string;
    /** ZIP: store this entry without compressing it. */
    store?: boolean;
    date?: Date;
    mode?: number;
  }
  class Archiver extends Transform {
    append(source: Readable | Buffer | string, data: EntryData): this;
    file(path: string, data: EntryData): this;
    finalize(): Promise<void>;
    pointer(): number;
  }
  export class ZipArchive extends Archiver {
    constructor(options?: { zlib?: { level?: number }; store?: boolean });
  }
  export class TarArchive extends Archiver {
    constructor(options?: { gzip?: boolean; gzipOptions?: { level?: number } });
  }
}
