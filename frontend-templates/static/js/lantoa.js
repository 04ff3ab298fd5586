// Small progressive enhancements; every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
  document.querySelectorAll('.js-hide').forEach(function (el) { el.hidden = true; });
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });
  // A new API key's secret: a button that copies it (the field itself can be selected and copied without this file).
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () { button.textContent = button.getAttribute('data-copied'); });
    });
  });
  var summary = document.querySelector('.error-summary');
  if (summary) { summary.focus(); }
  // Import progress: poll the job until it is finished, then reload to show the result.
  var progress = document.querySelector('[data-progress-url]');
  if (progress) {
    var bar = progress.querySelector('progress');
    var label = progress.querySelector('[data-progress-label]');
    var poll = function () {
      fetch(progress.getAttribute('data-progress-url'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (p) {
          bar.max = Math.max(p.total, 1); bar.value = p.done;
          if (label) { label.textContent = p.done + ' / ' + p.total; }
          if (p.finished) { window.location.reload(); } else { setTimeout(poll, 700); }
        })
        .catch(function () { setTimeout(poll, 2000); });
    };
    setTimeout(poll, 500);
  }
  // Invitations of an import: follow the mail queue while mail waits in it; the page (and its wording) is shown
  // again whenever the counts move.
  var queue = document.querySelector('[data-queue-url]');
  if (queue && queue.getAttribute('data-queued') !== '0') {
    var shown = queue.getAttribute('data-sent') + '/' + queue.getAttribute('data-queued') + '/' + queue.getAttribute('data-failed');
    var pollQueue = function () {
      fetch(queue.getAttribute('data-queue-url'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (q) {
          if (q.sent + '/' + q.queued + '/' + q.failed !== shown) { window.location.reload(); } else { setTimeout(pollQueue, 3000); }
        })
        .catch(function () { setTimeout(pollQueue, 10000); });
    };
    setTimeout(pollQueue, 3000);
  }
  document.querySelectorAll('[data-print]').forEach(function (b) {
    b.addEventListener('click', function () { window.print(); });
  });
  // Report forms: what is typed is saved as a draft a few seconds after the last keystroke.
  var report = document.querySelector('form[data-autosave-url]');
  if (report) {
    var status = report.querySelector('[data-autosave-status]');
    var timer = null;
    var save = function () {
      var body = new URLSearchParams(new FormData(report));
      fetch(report.getAttribute('data-autosave-url'), { method: 'POST', body: body, credentials: 'same-origin',
        headers: { 'Accept': 'application/json' } })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function () {
          var now = new Date();
          var time = ('0' + now.getHours()).slice(-2) + ':' + ('0' + now.getMinutes()).slice(-2) + ':' + ('0' + now.getSeconds()).slice(-2);
          if (status) { status.textContent = status.getAttribute('data-saved').replace('{0}', time); }
        })
        .catch(function () { if (status) { status.textContent = status.getAttribute('data-failed'); } });
    };
    var later = function () { clearTimeout(timer); timer = setTimeout(save, 2500); };
    report.addEventListener('input', later);
    report.addEventListener('change', later);
  }
  // Live tables (an exam's quick reports): reload every so many seconds while the page is open.
  var live = document.querySelector('[data-refresh]');
  if (live) {
    setTimeout(function () { window.location.reload(); }, 1000 * parseInt(live.getAttribute('data-refresh'), 10));
  }
});
