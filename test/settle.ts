// Waiting for nested Lit elements: `fixture` (from @open-wc/testing, the suite's one way to
// mount a template) waits for its root element only; a test that changes something deep in a
// tree, or mounts a plain wrapper around elements that update again later, settles it here.

/** Wait for every Lit element under `root` (light DOM and open shadow roots) to finish updating. */
export async function settle(root: Element | ShadowRoot): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const all = [...root.querySelectorAll('*')];
    await Promise.all(
      all.map(async (element) => {
        const update = (element as { updateComplete?: Promise<unknown> }).updateComplete;
        if (update) await update;
        if (element.shadowRoot) await settle(element.shadowRoot);
      }),
    );
  }
}
