/** A bridged conversation between two parties; either side may end it, both hear about it once. */
export class BridgeLink {
  private ended = false;
  /** Who ended the bridge (a call sid, or why), once ended. */
  endedBy: string | undefined;
  private listeners: Array<(endedBy: string) => void> = [];

  constructor(
    readonly caller: string,
    readonly agent: string,
  ) {}

  get isEnded(): boolean {
    return this.ended;
  }

  onEnd(listener: (endedBy: string) => void): void {
    if (this.ended) listener('already ended');
    else this.listeners.push(listener);
  }

  end(endedBy: string): void {
    if (this.ended) return;
    this.ended = true;
    this.endedBy = endedBy;
    const listeners = this.listeners;
    this.listeners = [];
    listeners.forEach((listener) => listener(endedBy));
  }

  /** Resolves when the bridge ends. */
  whenEnded(): Promise<void> {
    return new Promise((resolve) => this.onEnd(() => resolve()));
  }
}
