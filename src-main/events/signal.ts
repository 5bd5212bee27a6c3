/**
 * A typed "this happened" for main's own parts (the renderer's events go through `EmitEvent`).
 * Listeners run in the order they subscribed, synchronously, before `fire` returns.
 */
export class Signal<T> {
  private readonly listeners = new Set<(value: T) => void>();

  /** Returns the unsubscribe. */
  subscribe(listener: (value: T) => void): () => void {
    const own = (value: T) => listener(value);
    this.listeners.add(own);
    return () => this.listeners.delete(own);
  }

  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
}
