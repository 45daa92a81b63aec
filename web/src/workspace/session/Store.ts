/** A tiny external store: immutable snapshots React reads with useSyncExternalStore. */
export class Store<T extends object> {
  private readonly listeners = new Set<() => void>();

  constructor(protected state: T) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): T => this.state;

  protected set(patch: Partial<T>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
