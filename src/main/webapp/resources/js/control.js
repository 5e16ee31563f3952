/*
 * Listens to what the proctor does to this attempt (Server-Sent Events from
 * /api/proctoring/control/{attempt}): admission, pause, extension, end. On the instructions page an
 * admission other than the one the page was drawn with (data-admission), or a start, reloads the
 * page, so an admission decided before the live link connected is not missed; on the exam page the
 * state goes to exam.js as a 'sh-control' event. EventSource reconnects by itself after a network
 * blip.
 */
(function () {
  'use strict';
  var el = document.querySelector('[data-control]');
  if (!el || !window.EventSource) { return; }
  var drawnWith = el.dataset.admission;
  var reloading = false;
  var retry = 1000;

  function onControl(e) {
    var state = JSON.parse(e.data);
    retry = 1000;
    if (el.dataset.waiting === 'true') {
      if (!reloading && (state.admission !== drawnWith || state.status !== 'CHECKED_IN')) {
        reloading = true;
        location.reload();
      }
      return;
    }
    document.dispatchEvent(new CustomEvent('sh-control', { detail: state }));
  }

  // EventSource gives up for good on an error answer (a proxy's 502): open a new one after a pause.
  function connect() {
    var source = new EventSource(el.dataset.control, { withCredentials: true });
    source.addEventListener('control', onControl);
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(connect, retry);
        retry = Math.min(retry * 2, 30000);
      }
    };
  }

  connect();
})();
