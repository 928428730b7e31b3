export { hostStyles } from './host.js';
