export { CourseLoadEvent } from './course-load.js';
export { CourseErrorEvent } from './course-error.js';
export { RegisterClickEvent } from './register-click.js';
export { CountdownEndEvent } from './countdown-end.js';
