/// <reference types="office-js" />
/**
 * Stub of the task pane's entry (the UI helper replaces it): once Office is ready, say so in Vietnamese.
 */
Office.onReady(function () {
  const status = document.getElementById('status');
  if (status) status.textContent = 'Sơ kết chi bộ đã sẵn sàng.';
});
