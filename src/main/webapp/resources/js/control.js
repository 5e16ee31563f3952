/*
 * Listens to what the proctor does to this attempt (Server-Sent Events from
 * /api/proctoring/control/{attempt}): admission, pause, extension, end. On the instructions page a
 * change of admission reloads the page; on the exam page the state goes to exam.js as a
 * 'sh-control' event. EventSource reconnects by itself after a network blip.
 */
(function () {
  'use strict';
  var el = document.querySelector('[data-control]');
  if (!el || !window.EventSource) { return; }
  var first = null;
  var source = new EventSource(el.dataset.control, { withCredentials: true });
  source.addEventListener('control', function (e) {
    var state = JSON.parse(e.data);
    if (el.dataset.waiting === 'true') {
      if (first === null) { first = state.admission; }
      if (state.admission !== first || state.status !== 'CHECKED_IN') { location.reload(); }
      return;
    }
    document.dispatchEvent(new CustomEvent('sh-control', { detail: state }));
  });
})();
