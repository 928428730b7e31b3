import { isCourseError } from '../core/course/errors.js';
import { parseCourse } from '../core/course/parse.js';
import type { Course } from '../core/course/types.js';

export interface Problem {
  path: string;
  severity: 'error' | 'warning';
  message: string;
}
export interface CheckResult {
  course: Course | undefined;
  problems: Problem[];
}

export function checkCourse(
  json: unknown,
  options: { locale?: string; baseUrl?: string } = {},
): CheckResult {
  try {
    const { course, issues } = parseCourse(json, { baseUrl: options.baseUrl });
    return {
      course,
      problems: issues.map((issue) => ({
        path: issue.path,
        severity: 'warning' as const,
        message: issue.message,
      })),
    };
  } catch (error) {
    if (!isCourseError(error)) throw error;
    return {
      course: undefined,
      problems: [{ path: error.path ?? '', severity: 'error', message: error.message }],
    };
  }
}
