import type { ILockingProvider } from "@medusajs/framework/types"
// Medusa's own single-process provider; its default wait (5 s) is fixed in code, so this wraps it rather than re-implementing the queue.
import { InMemoryLockingProvider } from "@medusajs/locking/dist/providers/in-memory"

export type QueuedLockingOptions = {
  /** Seconds a caller that names no timeout waits in the queue (Medusa's own default is 5). */
  waitLockingTimeout?: number
}

/**
 * The in-memory locking of a single process, with a longer default wait.
 * Medusa's reserve-inventory step locks the variants' inventory items with
 * the provider's default wait; under a burst of buyers of one craft the
 * queue outlasts 5 s and Medusa answers 409 while stock remains (measured:
 * 25 of 80 buyers). Waiting longer turns that refusal into a queue. Callers
 * that name their own timeout (the cart lock: 30 s) keep it.
 */
export default class QueuedLockingProvider implements ILockingProvider {
  static identifier = "queued-in-memory"
  private readonly inner = new InMemoryLockingProvider()
  private readonly wait: number

  /**
   * Medusa 2.21.2 constructs a locking provider with the locking module's
   * options, not the provider's own (src/lib/runtime-config.ts lockingModule
   * gives the wait in both places).
   */
  constructor(_container: unknown, options: QueuedLockingOptions = {}) {
    this.wait = options.waitLockingTimeout ?? 60
  }

  /** Seconds a caller that names no timeout waits (for tests of the configuration as Medusa loads it). */
  get waitLockingTimeout(): number {
    return this.wait
  }

  execute<T>(keys: string | string[], job: (signal?: AbortSignal) => Promise<T>, args?: { timeout?: number; expire?: number }): Promise<T> {
    return this.inner.execute(keys, job, { ...args, timeout: args?.timeout ?? this.wait })
  }

  acquire(keys: string | string[], args?: { ownerId?: string | null; expire?: number; awaitQueue?: boolean }): Promise<void> {
    return this.inner.acquire(keys, args)
  }

  release(keys: string | string[], args?: { ownerId?: string | null }): Promise<boolean> {
    return this.inner.release(keys, args)
  }

  releaseAll(args?: { ownerId?: string | null }): Promise<void> {
    return this.inner.releaseAll(args)
  }
}
