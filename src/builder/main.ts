/**
 * The builder page's one script (bundled to dist/builder/builder.js): the four elements for
 * the preview, and the builder itself. Never imported by the library's own entries.
 */
import '../define.js';
import { CourseBuilderElement } from './course-builder.js';

if (!customElements.get('course-builder'))
  customElements.define('course-builder', CourseBuilderElement);
