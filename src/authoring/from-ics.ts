import type { CourseInput } from './types.js';

export interface IcsImportOptions {
  zone?: string;
  title?: string;
  id?: string;
}
export interface IcsImport {
  course: CourseInput;
  zone: string | undefined;
  warnings: string[];
}

export function courseFromIcs(icsText: string, options: IcsImportOptions = {}): IcsImport {
  void icsText;
  const zone = options.zone;
  return {
    course: { version: 1, title: options.title ?? 'Course', timeZone: zone ?? 'UTC', sessions: [] },
    zone,
    warnings: ['not implemented yet'],
  };
}
