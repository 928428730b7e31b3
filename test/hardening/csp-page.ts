// Runs inside the strict-CSP test page (test/hardening/server.mjs): records every
// securitypolicyviolation and uncaught error from the start, then loads the elements from the
// sources (`?from=src`) or finds them defined by the CDN script in the markup (`?from=cdn`).
// No static imports: they would run before the listeners are in place.
// The test reads `window.__csp` from the parent page (same origin).

interface CspProbe {
  violations: string[];
  errors: string[];
  /** Resolves when the four elements are defined here. */
  ready: Promise<void>;
}

const violations: string[] = [];
const errors: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(
    `${e.violatedDirective} blocked=${e.blockedURI} sample=${e.sample} at ${e.sourceFile}:${e.lineNumber}`,
  ),
);
window.addEventListener('error', (e) => errors.push(String(e.error ?? e.message)));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

const from = new URL(import.meta.url).searchParams.get('from');
const ready =
  from === 'cdn'
    ? Promise.all(
        ['course-schedule', 'session-card', 'register-button', 'countdown-timer'].map((t) =>
          customElements.whenDefined(t),
        ),
      ).then(() => {})
    : import('../../src/define.js').then(() => {});

(window as unknown as { __csp: CspProbe }).__csp = { violations, errors, ready };
