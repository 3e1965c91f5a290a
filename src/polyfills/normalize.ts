/**
 * String.prototype.normalize for the Internet Explorer 11 engine (core-js has none): core matches Vietnamese
 * headers after NFC normalisation. unorm defines the method only when it is missing. Loaded by the task pane
 * only (its Unicode tables are most of the polyfill weight; the ribbon's function file does not need them).
 */
import 'unorm';
