/**
 * The builder page's one script (bundled to dist/builder/builder.js): the four elements for
 * the preview, and the builder with the sample course the demo serves inlined (the page
 * works offline). Never imported by the library's own entries.
 */
import '../define.js';
import sample from '../../test/fixtures/resilient-together-2021.json';
import { CourseBuilderElement } from './course-builder.js';

CourseBuilderElement.sampleCourse = sample;
if (!customElements.get('course-builder'))
  customElements.define('course-builder', CourseBuilderElement);
