/** Give the task pane's event loop a turn between blocks, so that it repaints and never looks frozen. */
export function yieldToUi(): Promise<void> {
  return new Promise<void>(function (resolve) {
    setTimeout(resolve, 0);
  });
}
