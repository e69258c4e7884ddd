/**
 * LockService within one execution. Code here runs to the end without pausing, so no other
 * execution can release a lock while one waits: a lock held by another Lock object is never
 * freed in time, and waiting for it fails at once, as it would once the timeout ran out.
 * Locks live as long as the services (one execution): Apps Script too releases them at its end.
 */
import { APPS_SCRIPT_CLASS, AppsScriptObject } from './calls';

/** Who holds one kind of lock (the document's, the script's, the user's). */
interface LockSlot {
  holder: Lock | null;
}

class Lock extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'Lock';
  readonly #slot: LockSlot;

  constructor(slot: LockSlot) {
    super();
    this.#slot = slot;
  }

  hasLock(): boolean {
    return this.#slot.holder === this;
  }

  tryLock(_timeoutInMillis: number): boolean {
    if (this.#slot.holder !== null && this.#slot.holder !== this) return false;
    this.#slot.holder = this;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }

  releaseLock(): void {
    if (this.#slot.holder === this) this.#slot.holder = null;
  }
}

class LockService extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'LockService';
  readonly #document: LockSlot = { holder: null };
  readonly #script: LockSlot = { holder: null };
  readonly #user: LockSlot = { holder: null };

  /** Each call gives a new Lock, as in Apps Script: two of them exclude each other. */
  getDocumentLock(): Lock {
    return new Lock(this.#document);
  }

  getScriptLock(): Lock {
    return new Lock(this.#script);
  }

  getUserLock(): Lock {
    return new Lock(this.#user);
  }
}

export function createLockService(): AppsScriptObject {
  return new LockService();
}
