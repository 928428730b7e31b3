/**
 * Fired by `<register-button>` when its link is activated, before the browser navigates.
 * Cancel it (`preventDefault()`) to stop the navigation, e.g. to open a modal instead.
 */
export class RegisterClickEvent extends Event {
  static readonly type = 'register-click';
  constructor(
    /** Where the link goes. */
    readonly href: string,
    /** Which link: the registration itself, the waitlist, or on-demand viewing. */
    readonly kind: 'register' | 'waitlist' | 'on-demand' = 'register',
  ) {
    super(RegisterClickEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'register-click': RegisterClickEvent;
  }
}
