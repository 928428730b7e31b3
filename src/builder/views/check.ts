/**
 * The checker's verdict in one place: the one polite live region (what changed, said once a
 * field is committed, never on every keystroke) and every problem as a link to its field.
 */

import { html, nothing } from 'lit';
import type { Problem } from '../../authoring/check.js';
import { fieldId, problemSummary, type ProblemIndex } from '../problems.js';
import { problemText } from './fields.js';

export function renderCheck(problems: ProblemIndex, announcement: string) {
  return html`<section class="panel check" aria-labelledby="check-heading">
    <h2 id="check-heading">Check</h2>
    <p class="summary ${problems.errors ? 'has-errors' : ''}">${problemSummary(problems)}</p>
    ${renderProblemList(problems.all)}
    <p class="announcer" role="status" aria-live="polite" aria-atomic="true">${announcement}</p>
  </section>`;
}

function renderProblemList(all: Problem[]) {
  if (!all.length) return nothing;
  return html`<ul class="problem-list">
    ${all.map(
      (problem) =>
        html`<li class=${problem.severity}>${renderFieldLink(problem)}${problemText(problem)}</li>`,
    )}
  </ul>`;
}

/** "sessions[2].end: " as a link to that field; nothing for a problem of the whole document. */
function renderFieldLink(problem: Problem) {
  if (!problem.path) return nothing;
  const target = `#${fieldId(problem.path)}`;
  return html`<a href=${target} data-action="goto" data-path=${problem.path}>${problem.path}</a>: `;
}
