/**
 * What the builder does to the page beyond rendering: save the course as a file, copy a box's
 * text to the clipboard, and take the cursor to the field a problem is about.
 */

import { pathKeys, type Draft } from './draft.js';
import { fieldId } from './problems.js';

/** Saves the draft as course.json through a download link (nothing is uploaded). */
export function downloadCourse(draft: Draft): void {
  const blob = new Blob([`${JSON.stringify(draft, null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'course.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/**
 * Copies a text box's value. Falls back to selecting it for Ctrl+C where the clipboard is
 * refused (an insecure origin, a page opened from disk in some browsers). Returns whether it
 * was copied.
 */
export async function copyText(box: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(box.value);
    return true;
  } catch {
    box.select();
    return document.execCommand('copy');
  }
}

/** Focuses the field of `path`, or the nearest enclosing part of the form that is shown. */
export function focusField(root: ParentNode, path: string): void {
  const keys = pathKeys(path);
  for (let length = keys.length; length > 0; length--) {
    const candidate = keys
      .slice(0, length)
      .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
      .join('')
      .replace(/^\./, '');
    const target = root.querySelector<HTMLElement>(`#${CSS.escape(fieldId(candidate))}`);
    if (target) {
      if (target.localName === 'fieldset') target.tabIndex = -1;
      target.focus();
      target.scrollIntoView({ block: 'center' });
      return;
    }
  }
}
