/**
 * BK9, SEC2 (issue 14): the tickets this process last saw sold out, so that a sale opening's crowd learns it at the
 * database's read speed instead of queueing for a writing slot only to read it. A mark is a routing hint, never an
 * answer: a `book` request for a marked ticket skips admission and only READS (the fast lane's one statement); what it
 * answers comes from that read — SOLD_OUT, or any earlier refusal — and should the read find a place (freed since,
 * or held for that person by the waiting list), the request is admitted like any mutation before it writes, and the
 * mark goes. A mark lasts MARK_MS after the last SOLD_OUT that set it; requests queued for admission on a ticket leave
 * the queue as soon as it is marked.
 */
export const MARK_MS = 5_000;
/** At most this many tickets marked at once (a bound, not a need: a process sees a few sales at a time). */
const MAX_MARKS = 10_000;

export class SoldOutTickets {
  private readonly marks = new Map<string, number>();
  private readonly waiting = new Map<string, Set<() => void>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A SOLD_OUT was answered for this ticket: requests for it may skip admission, those queued leave the queue. */
  mark(ticketId: string): void {
    if (this.marks.size >= MAX_MARKS && !this.marks.has(ticketId)) this.marks.clear();
    this.marks.set(ticketId, this.now() + MARK_MS);
    const waiting = this.waiting.get(ticketId);
    if (!waiting) return;
    this.waiting.delete(ticketId);
    for (const go of waiting) go();
  }

  /** A place was found on this ticket: requests for it are admitted again before anything. */
  clear(ticketId: string): void {
    this.marks.delete(ticketId);
  }

  marked(ticketId: string): boolean {
    const until = this.marks.get(ticketId);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.marks.delete(ticketId);
    return false;
  }

  /**
   * Settles when the ticket is marked (at once when it is): `done` forgets the wait (the request was admitted or
   * answered), so nothing is kept for requests long gone.
   */
  whenMarked(ticketId: string): { marked: Promise<void>; done: () => void } {
    if (this.marked(ticketId)) return { marked: Promise.resolve(), done: () => undefined };
    let go!: () => void;
    const marked = new Promise<void>((resolve) => (go = resolve));
    let set = this.waiting.get(ticketId);
    if (!set) this.waiting.set(ticketId, (set = new Set()));
    set.add(go);
    const done = () => {
      const s = this.waiting.get(ticketId);
      if (!s?.delete(go) || s.size) return;
      this.waiting.delete(ticketId);
    };
    return { marked, done };
  }
}
