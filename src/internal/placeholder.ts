/**
 * Markup inside a translated sentence. A string entry with a parameter ("Registration opens
 * {date}") is called with `PLACEHOLDER` for it, and `fillPlaceholder()` puts a node (a
 * `<time>`, a range of times) where the placeholder landed, so the sentence keeps the word
 * order of its language while the node keeps its markup.
 */

import { html, type TemplateResult } from 'lit';

/** Stands for the node in the text; never appears in real text. */
export const PLACEHOLDER = '\0';

/**
 * `text` with its placeholder replaced by `node`. A text without one (a page's override that
 * left the parameter out) is shown as it is, without the node.
 */
export function fillPlaceholder(text: string, node: unknown): TemplateResult {
  const [before, after] = text.split(PLACEHOLDER);
  if (after === undefined) return html`${before}`;
  return html`${before}${node}${after}`;
}
