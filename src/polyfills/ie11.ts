/**
 * What the Internet Explorer 11 engine of Excel 2016/2019 (volume-licensed) lacks, loaded first in every page of
 * the add-in. TypeScript turns our syntax into ES5 but not the runtime: Promise, Symbol, Map/Set with their
 * iterators (IE11's own Map and Set take no constructor argument), Array.from, Object.assign, and the few
 * ES2015+ methods the rules of the house ask us to avoid anyway, as a safety net. Each core-js module replaces
 * the built-in only where it is missing or broken. String.prototype.normalize is in ./normalize.ts.
 */
import 'core-js/es/promise';
import 'core-js/es/symbol';
import 'core-js/es/map';
import 'core-js/es/set';
import 'core-js/es/weak-map';
import 'core-js/es/array/from';
import 'core-js/es/array/find';
import 'core-js/es/array/find-index';
import 'core-js/es/array/includes';
import 'core-js/es/array/fill';
import 'core-js/es/array/iterator';
import 'core-js/es/object/assign';
import 'core-js/es/object/entries';
import 'core-js/es/object/values';
import 'core-js/es/object/set-prototype-of';
import 'core-js/es/string/starts-with';
import 'core-js/es/string/ends-with';
import 'core-js/es/string/includes';
import 'core-js/es/string/pad-start';
import 'core-js/es/string/repeat';
import 'core-js/es/number/is-nan';
import 'core-js/es/number/is-finite';
import 'core-js/es/number/is-integer';
import 'core-js/es/math/trunc';
import 'core-js/es/math/sign';
