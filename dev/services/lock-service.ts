/**
 * LockService. In Sheets each run of the add-on (a menu click, a sidebar call) is an execution
 * of its own, and two can run at once: two people appending rows. Here each
 * createAppsScriptServices(workbook) is one execution, and the locks belong to the workbook,
 * so two services objects made on one workbook are two executions contending for the same
 * document lock (and script and user locks).
 *
 * Code here runs to its end without pausing, so nothing else runs while an execution waits:
 * a lock held by another execution is never freed by itself, and waiting for it fails (tryLock
 * gives false, waitLock throws Sheets' "Lock timeout: another process was holding the lock for
 * too long."). A test plays the other execution's part with `locks.whileWaiting(callback)` on
 * the waiting execution: the next time one of its locks has to wait (a timeout above 0 and the
 * lock held by another execution), the callback runs as the other execution going on
 * meanwhile (finishing its append and releasing, or not), then the lock is tried again.
 *
 *   const first = createAppsScriptServices(workbook);   // execution 1, mid-append
 *   const second = createAppsScriptServices(workbook);  // execution 2
 *   firstLock.waitLock(10_000);
 *   second.locks.whileWaiting(() => { ...first's writes...; firstLock.releaseLock(); });
 *   loadServer(second).appendKeyResult(...);            // waits its turn, then writes
 *
 * `locks.releaseAll()` ends an execution: Apps Script releases its locks when it ends.
 */
import type { LocalWorkbook } from '../engine/workbook';
import { APPS_SCRIPT_CLASS, AppsScriptObject, parametersMismatch } from './calls';

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

type LockKind = 'document' | 'script' | 'user';

/** Who holds one kind of lock of a workbook. */
interface LockSlot {
  holder: Lock | null;
}

type LockSlots = Record<LockKind, LockSlot>;

const slotsOf = new WeakMap<LocalWorkbook, LockSlots>();

function slotsFor(workbook: LocalWorkbook): LockSlots {
  let slots = slotsOf.get(workbook);
  if (!slots) {
    slots = { document: { holder: null }, script: { holder: null }, user: { holder: null } };
    slotsOf.set(workbook, slots);
  }
  return slots;
}

/** A wait one execution went through, as a test may want to check it. */
export interface LockWait {
  kind: LockKind;
  timeoutInMillis: number;
  acquired: boolean;
}

/** The test's handle on one execution's locks. */
export interface LockControl {
  /** Runs `callback` the next time one of this execution's locks must wait for another's. */
  whileWaiting(callback: () => void): void;
  /** Every time this execution had to wait for a lock held by another one. */
  readonly waits: readonly LockWait[];
  /** Releases every lock this execution holds, as the end of an execution does. */
  releaseAll(): void;
}

class Execution implements LockControl {
  readonly callbacks: (() => void)[] = [];
  readonly waits: LockWait[] = [];
  readonly locks: Lock[] = [];

  whileWaiting(callback: () => void): void {
    this.callbacks.push(callback);
  }

  releaseAll(): void {
    for (const lock of this.locks) lock.releaseLock();
  }
}

class Lock extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'Lock';
  readonly #slot: LockSlot;
  readonly #kind: LockKind;
  readonly #execution: Execution;

  constructor(slot: LockSlot, kind: LockKind, execution: Execution) {
    super();
    this.#slot = slot;
    this.#kind = kind;
    this.#execution = execution;
    execution.locks.push(this);
  }

  hasLock(): boolean {
    return this.#slot.holder === this;
  }

  /** True when the lock is had within the timeout; false, without throwing, when not. */
  tryLock(timeoutInMillis: unknown): boolean {
    if (typeof timeoutInMillis !== 'number') {
      throw parametersMismatch('LockService.Lock.tryLock', [timeoutInMillis]);
    }
    if (this.#take()) return true;
    if (timeoutInMillis <= 0) return false;
    const waited = this.#execution.callbacks.shift();
    waited?.();
    const acquired = this.#take();
    this.#execution.waits.push({ kind: this.#kind, timeoutInMillis, acquired });
    return acquired;
  }

  waitLock(timeoutInMillis: unknown): void {
    if (typeof timeoutInMillis !== 'number') {
      throw parametersMismatch('LockService.Lock.waitLock', [timeoutInMillis]);
    }
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT);
  }

  releaseLock(): void {
    if (this.#slot.holder === this) this.#slot.holder = null;
  }

  #take(): boolean {
    if (this.#slot.holder !== null && this.#slot.holder !== this) return false;
    this.#slot.holder = this;
    return true;
  }
}

class LockService extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'LockService';
  readonly #slots: LockSlots;
  readonly #execution: Execution;

  constructor(slots: LockSlots, execution: Execution) {
    super();
    this.#slots = slots;
    this.#execution = execution;
  }

  /** Each call gives a new Lock, as in Apps Script: two of them exclude each other. */
  getDocumentLock(): Lock {
    return new Lock(this.#slots.document, 'document', this.#execution);
  }

  getScriptLock(): Lock {
    return new Lock(this.#slots.script, 'script', this.#execution);
  }

  getUserLock(): Lock {
    return new Lock(this.#slots.user, 'user', this.#execution);
  }
}

/** LockService for one execution on `workbook`, and the test's handle on its locks. */
export function createLockService(workbook: LocalWorkbook): {
  service: AppsScriptObject;
  control: LockControl;
} {
  const execution = new Execution();
  return { service: new LockService(slotsFor(workbook), execution), control: execution };
}
