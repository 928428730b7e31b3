/**
 * The checker's verdict in one place: the one polite live region (what changed, said once a
 * field is committed, never on every keystroke) and every problem as a link to its field.
 */

import { html, nothing } from 'lit';
import { fieldId, problemSummary, type ProblemIndex } from '../problems.js';
import { problemText } from './fields.js';

export function renderCheck(problems: ProblemIndex, announcement: string) {
  return html`<section class="panel check" aria-labelledby="check-heading">
    <h2 id="check-heading">Check</h2>
    <p class="summary ${problems.errors ? 'has-errors' : ''}">${problemSummary(problems)}</p>
    ${
      problems.all.length
        ? html`<ul class="problem-list">
          ${problems.all.map(
            (problem) =>
              html`<li class=${problem.severity}>
                ${
                  problem.path
                    ? html`<a href="#${fieldId(problem.path)}" data-action="goto" data-path=${problem.path}
                      >${problem.path}</a
                    >: `
                    : nothing
                }${problemText(problem)}
              </li>`,
          )}
        </ul>`
        : nothing
    }
    <p class="announcer" role="status" aria-live="polite" aria-atomic="true">${announcement}</p>
  </section>`;
}
