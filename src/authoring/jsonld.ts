import type { Course } from '../core/course/types.js';

export function courseJsonLd(course: Course, options: { pageUrl?: string } = {}): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: course.title,
    url: options.pageUrl ?? course.url,
  };
}

export function jsonLdScript(course: Course, options: { pageUrl?: string } = {}): string {
  const json = JSON.stringify(courseJsonLd(course, options), null, 2).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">\n${json}\n</script>`;
}
