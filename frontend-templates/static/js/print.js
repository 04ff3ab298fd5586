// The print view opens the browser's print dialog once the page (and its images) has loaded.
window.addEventListener('load', function () { window.print(); });
