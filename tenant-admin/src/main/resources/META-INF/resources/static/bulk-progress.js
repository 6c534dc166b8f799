// The bulk onboarding page while its job runs: asks the API for the progress every two seconds,
// updates the counts and the bar, and reloads the page (the rows' states) when the job stops running.
(function () {
  var panel = document.getElementById('progress-panel');
  if (!panel) {
    return;
  }
  var running = panel.dataset.status === 'RUNNING';
  function poll() {
    fetch(panel.dataset.progressUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (job) {
        if (!job) {
          return;
        }
        var p = job.progress;
        ['total', 'pending', 'done', 'existing', 'failed'].forEach(function (key) {
          var cell = panel.querySelector('[data-count="' + key + '"]');
          if (cell) {
            cell.textContent = p[key];
          }
        });
        var bar = document.getElementById('job-progress');
        bar.max = p.total;
        bar.value = p.done + p.existing;
        document.getElementById('job-status').textContent = job.statusLabel;
        if (job.status === 'RUNNING') {
          running = true;
        } else if (running) {
          window.location.reload();
          return;
        }
        if (job.status === 'RUNNING') {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  if (running) {
    window.setTimeout(poll, 1000);
  }
})();
