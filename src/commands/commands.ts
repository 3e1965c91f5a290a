/// <reference types="office-js" />
/**
 * The ribbon's function file (manifest <FunctionFile>, commands.html). The only button opens the task pane,
 * which Office does by itself (Action ShowTaskpane), so there is no function to register: the page only has to
 * load office.js and tell Office it is ready. No network, nothing else.
 */
Office.onReady(function () {
  // Nothing to register: the ribbon button is a ShowTaskpane action.
});
