/**
 * The checker's problems arranged for the form: by the JSON path of the field they concern,
 * so each appears next to that field, plus the ids that tie a field to its message
 * (`aria-describedby`). Pure.
 */

import type { Problem } from '../authoring/check.js';

export interface ProblemIndex {
  /** Problems by the exact path of their field (`sessions[2].start`). */
  byPath: Map<string, Problem[]>;
  all: Problem[];
  errors: number;
  warnings: number;
}

export function indexProblems(problems: Problem[]): ProblemIndex {
  const byPath = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = byPath.get(problem.path) ?? [];
    list.push(problem);
    byPath.set(problem.path, list);
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { byPath, all: problems, errors, warnings: problems.length - errors };
}

/** A DOM id for a path: `sessions[2].start` -> `field-sessions-2-start`. */
export const fieldId = (path: string): string =>
  `field-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '') || 'course'}`;

export const problemId = (path: string): string => `${fieldId(path)}-problem`;

/** The problems no field shows: their path (or none of its parents) is not among `shown`. */
export function unplaced(index: ProblemIndex, shown: Set<string>): Problem[] {
  return index.all.filter((problem) => !shown.has(problem.path));
}

/** "2 errors and 1 warning", "No problems found". */
export function problemSummary(index: ProblemIndex): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (!index.all.length) return 'No problems found.';
  const parts = [];
  if (index.errors) parts.push(count(index.errors, 'error'));
  if (index.warnings) parts.push(count(index.warnings, 'warning'));
  return `${parts.join(' and ')}.`;
}
