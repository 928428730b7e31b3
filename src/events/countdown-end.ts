/** Fired once by `<countdown-timer>` when the instant it counts down to is reached. */
export class CountdownEndEvent extends Event {
  static readonly type = 'countdown-end';
  constructor(
    /** The instant that was reached, in epoch ms. */
    readonly targetMs: number,
    /** The session that starts, when the target came from course data. */
    readonly sessionId?: string,
  ) {
    super(CountdownEndEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'countdown-end': CountdownEndEvent;
  }
}
