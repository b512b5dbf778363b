/** What the benchmark and its load processes say to each other over IPC (child_process.fork). */

export interface ClientSpec {
  room: string;
  /** The one client per room that types; every other client of the room measures. */
  writer: boolean;
}

export type Command =
  | {
      kind: "connect";
      /** y-websocket's serverUrl: the room name is appended as a path segment. */
      serverUrl: string;
      cookie: string;
      clients: ClientSpec[];
      /** Joins spread evenly over this long; 0 opens them all at once. */
      spreadMs: number;
    }
  | {
      kind: "type";
      /** Cross-process clock (timeOrigin + now) at which the first keystroke is due. */
      startAt: number;
      charsPerSecond: number;
      keystrokes: number;
    }
  | { kind: "report" }
  | { kind: "close" };

export interface RoomReport {
  room: string;
  /** Writer only: when keystroke i was made. */
  sent?: number[];
  /** Per reader: when character i became visible (null if it never did). */
  seen: (number | null)[][];
  /** Writer only: the Yjs updates its keystrokes produced. */
  updateBytes?: number;
  updates?: number;
}

export type Reply =
  | { kind: "connected"; firstSyncAt: number; lastSyncAt: number; connectionErrors: number }
  | { kind: "typed" }
  | { kind: "report"; rooms: RoomReport[] }
  | { kind: "closed" }
  | { kind: "error"; message: string };

/** One clock for every process on the machine. */
export const now = (): number => performance.timeOrigin + performance.now();
