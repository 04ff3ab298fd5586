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
});
