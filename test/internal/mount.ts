// Mounting for tests without open-wc's `fixture`: for a plain element root that helper
// waits for requestAnimationFrame, which a background page (wtr runs two at once) may
// never get.
import { render, type TemplateResult } from 'lit';

const mounted: HTMLElement[] = [];

/** Render `template` into a new container in <body>; returns the container's first element child. */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const box = document.createElement('div');
  render(template, box);
  document.body.append(box);
  mounted.push(box);
  await settle(box);
  return box.firstElementChild as T;
}

/** Wait for every Lit element under `root` (light DOM and open shadow roots) to finish updating. */
export async function settle(root: Element | ShadowRoot): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const all = [...root.querySelectorAll('*')];
    await Promise.all(
      all.map(async (el) => {
        const u = (el as { updateComplete?: Promise<unknown> }).updateComplete;
        if (u) await u;
        if (el.shadowRoot) await settle(el.shadowRoot);
      }),
    );
  }
}

/** Remove everything mount() added. */
export function unmountAll(): void {
  for (const box of mounted.splice(0)) box.remove();
}

afterEach(unmountAll);
