/*
 * The exam page: autosave of every change through PUT /api/attempts/{id}/answers/{position}, a
 * queue kept in localStorage that survives a dropped network or a closed tab, the countdown to the
 * server's deadline, the navigator, flags, one-per-page or all-on-one view, font size, keyboard
 * use, focus/visibility events for the proctor, and submit with a confirmation.
 * Nothing here decides time or correctness: the server keeps the deadline and the keys.
 */
(function () {
  'use strict';
  var root = document.getElementById('exam');
  if (!root) { return; }
  var api = root.dataset.api;
  var attempt = root.dataset.attempt;
  var linear = root.dataset.linear === 'true';
  var queueKey = 'sathach.queue.' + attempt;
  var sections = Array.prototype.slice.call(root.querySelectorAll('section.sh-q'));
  var byPos = {};
  sections.forEach(function (s) { byPos[s.dataset.pos] = s; });
  var known = JSON.parse(root.dataset.answers || '{}');
  var queue = readQueue();
  var current = sections.length ? sections[0].dataset.pos : null;
  var offset = 0;
  var deadline = null;
  var over = false;
  var flushing = false;
  var retryTimer = null;
  var textTimers = {};
  var refusedShown = false;   // while a refusal is on screen only its own timer reloads the page

  function readQueue() {
    try { return JSON.parse(localStorage.getItem(queueKey) || '{}'); } catch (e) { return {}; }
  }
  function writeQueue() {
    try { localStorage.setItem(queueKey, JSON.stringify(queue)); } catch (e) { /* private mode: memory only */ }
  }

  // ---- reading and writing a question's inputs -------------------------------------------
  function responseOf(section) {
    var type = section.dataset.type;
    var q = function (sel) { return Array.prototype.slice.call(section.querySelectorAll(sel)); };
    switch (type) {
      case 'SINGLE_CHOICE':
        var one = q('input.sh-choice:checked')[0];
        return one ? { choice: parseInt(one.value, 10) } : null;
      case 'MULTIPLE_RESPONSE':
        var many = q('input.sh-choice:checked').map(function (i) { return parseInt(i.value, 10); });
        return many.length ? { choices: many } : null;
      case 'TRUE_FALSE':
        var tf = q('input.sh-tf:checked')[0];
        return tf ? { value: tf.value === 'true' } : null;
      case 'SHORT_ANSWER':
      case 'ESSAY':
        var text = section.querySelector('.sh-text').value;
        return text.trim() ? { text: text } : null;
      case 'MATCHING':
        var pairs = q('select.sh-match').map(function (s) { return parseInt(s.value, 10); });
        return pairs.some(function (p) { return p >= 0; }) ? { pairs: pairs } : null;
      case 'ORDERING':
        return { order: q('ol.sh-order > li').map(function (li) { return parseInt(li.dataset.item, 10); }) };
    }
    return null;
  }

  function show(section, response, flagged) {
    section.querySelector('.sh-flag').checked = !!flagged;
    if (!response) { return; }
    var type = section.dataset.type;
    if (type === 'SINGLE_CHOICE' || type === 'MULTIPLE_RESPONSE') {
      var chosen = type === 'SINGLE_CHOICE' ? [response.choice] : response.choices;
      section.querySelectorAll('input.sh-choice').forEach(function (i) {
        i.checked = chosen.indexOf(parseInt(i.value, 10)) >= 0;
      });
    } else if (type === 'TRUE_FALSE') {
      section.querySelectorAll('input.sh-tf').forEach(function (i) { i.checked = (i.value === 'true') === response.value; });
    } else if (type === 'SHORT_ANSWER' || type === 'ESSAY') {
      section.querySelector('.sh-text').value = response.text || '';
    } else if (type === 'MATCHING') {
      section.querySelectorAll('select.sh-match').forEach(function (s, i) { s.value = String(response.pairs[i]); });
    } else if (type === 'ORDERING') {
      var list = section.querySelector('ol.sh-order');
      response.order.forEach(function (item) {
        var li = list.querySelector('li[data-item="' + item + '"]');
        if (li) { list.appendChild(li); }
      });
    }
  }

  function isAnswered(pos) {
    var q = queue[pos];
    if (q) { return q.response !== null; }
    return !!(known[pos] && known[pos].response);
  }
  function isFlagged(pos) {
    var q = queue[pos];
    if (q) { return q.flagged; }
    return !!(known[pos] && known[pos].flagged);
  }

  // ---- saving ------------------------------------------------------------------------------
  function setState(section, kind) {
    var label = { saving: root.dataset.msgSaving, saved: root.dataset.msgSaved, unsaved: root.dataset.msgUnsaved }[kind];
    var span = section.querySelector('.sh-state');
    span.textContent = label;
    span.className = 'sh-state sh-state-' + kind;
  }

  function changed(section) {
    if (over) { return; }
    var pos = section.dataset.pos;
    var last = Math.max(queue[pos] ? queue[pos].revision : -1, known[pos] ? known[pos].revision : -1);
    queue[pos] = {
      response: responseOf(section),
      flagged: section.querySelector('.sh-flag').checked,
      // Time-based revisions keep increasing across reloads and computers: the latest change wins.
      revision: Math.max(Date.now(), last + 1)
    };
    writeQueue();
    setState(section, 'saving');
    renderNavigator();
    flush();
  }

  function flush() {
    if (flushing || over) { return Promise.resolve(); }
    var positions = Object.keys(queue);
    if (!positions.length) { overall(); return Promise.resolve(); }
    flushing = true;
    var pos = positions[0];
    var entry = queue[pos];
    return fetch(api + '/answers/' + pos, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ response: entry.response, flagged: entry.flagged, revision: entry.revision })
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) { return { status: r.status, body: body }; });
    }).then(function (res) {
      flushing = false;
      setOffline(false);
      var section = byPos[pos];
      if (res.status === 200) {
        known[pos] = { response: entry.response, flagged: entry.flagged, revision: res.body.revision };
        if (queue[pos] && queue[pos].revision <= res.body.revision) { delete queue[pos]; writeQueue(); }
        if (section) { setState(section, queue[pos] ? 'saving' : 'saved'); }
        return flush();
      }
      if (res.status === 409 && res.body.error === 'attempt.paused') {
        paused(true);            // kept in the queue, sent after the resume
        retryLater();
        return;
      }
      if (res.status === 403 || res.status >= 500) {
        retryLater();            // a passing refusal or a server hiccup: kept and sent again
        return;
      }
      if (section) { setState(section, 'unsaved'); }
      if (res.status === 409 || res.status === 404 || res.status === 401) {
        refuse(res.body.reason || root.dataset.msgRefused);
        return;
      }
      delete queue[pos];           // a response the server cannot take (400) is not retried
      writeQueue();
      refuse(res.body.reason || root.dataset.msgRefused, true);
      return flush();
    }, function () {
      flushing = false;
      setOffline(true);
      // Kept on this computer, not on the server yet: say so on each waiting question.
      Object.keys(queue).forEach(function (p) { if (byPos[p]) { setState(byPos[p], 'unsaved'); } });
      retryLater();
    });
  }

  function retryLater() {
    if (retryTimer) { return; }
    retryTimer = setTimeout(function () { retryTimer = null; flush(); }, 2000);
  }

  function setOffline(off) {
    document.getElementById('offline').hidden = !off;
    overall();
  }

  function overall() {
    var pending = Object.keys(queue).length;
    var state = document.getElementById('saveState');
    state.textContent = pending ? root.dataset.msgSaving + ' (' + pending + ')' : root.dataset.msgSaved;
    state.className = 'sh-save-state ' + (pending ? 'sh-state-saving' : 'sh-state-saved');
  }

  /**
   * Moves to the result page once the attempt is over for the server, which lists what was still
   * queued here (result.js). Only when the server answers: a reload while this computer is offline
   * would show the browser's own error page, which never comes back by itself (and the proctor's
   * live link can bring the news of the end through a stream that outlived the network).
   */
  var leaving = false;
  function toResult() {
    over = true;
    if (leaving) { return; }   // the end can be learnt from the clock, the live link and a refusal
    leaving = true;
    (function tryServer() {
      fetch(api + '/clock', { credentials: 'same-origin', cache: 'no-store' })
        .then(function () { location.reload(); }, function () { setTimeout(tryServer, 2000); });
    })();
  }

  function refuse(reason, keepGoing) {
    refusedShown = true;
    var box = document.getElementById('refused');
    box.textContent = reason;
    box.hidden = false;
    if (!keepGoing) {
      over = true;
      root.querySelectorAll('input, select, textarea, .sh-up, .sh-down').forEach(function (i) { i.disabled = true; });
      // The attempt is over for the server: after the reason has been read, the page moves to the
      // result, which lists what was still queued here (result.js).
      setTimeout(toResult, 6000);
    }
  }

  // ---- the clock ---------------------------------------------------------------------------
  function sync() {
    return fetch(api + '/clock', { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (c) {
        offset = c.now - Date.now();
        deadline = c.deadline;
        if (c.status === 'SUBMITTED' || c.status === 'TERMINATED') {
          over = true;
          if (!refusedShown) { toResult(); }
        }
      }, function () { /* keep the last known deadline while offline */ });
  }

  function tick() {
    if (deadline === null || root.classList.contains('sh-paused')) { return; }
    var left = Math.max(0, deadline - (Date.now() + offset));
    var s = Math.floor(left / 1000);
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    document.getElementById('timer').textContent =
      (h ? h + ':' + (m < 10 ? '0' : '') : '') + m + ':' + (sec < 10 ? '0' : '') + sec;
    root.classList.toggle('sh-last-minutes', left < 5 * 60 * 1000);
    if (left === 0 && !over) { submit('DEADLINE'); }
  }

  var submitting = false;

  /** Sends the queue until it is empty, offline or refused (a few rounds at most). */
  function drain(rounds) {
    return flush().then(function () {
      if (Object.keys(queue).length && rounds > 0 && !over) {
        return new Promise(function (r) { setTimeout(r, 300); }).then(function () { return drain(rounds - 1); });
      }
    });
  }

  function submit(by) {
    if (submitting) { return; }
    submitting = true;
    drain(10).then(function () {
      return fetch(api + '/submit', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ by: by })
      });
    }).then(function (r) {
      // Whatever is still queued was not taken: the result page says so (result.js) and clears it.
      if (r.status === 200) { over = true; location.reload(); return; }
      return r.json().catch(function () { return {}; }).then(function (b) {
        if (r.status === 409 && b.error === 'attempt.notYetDeadline') { submitting = false; sync(); return; }
        if (b.error === 'attempt.submitted' && !refusedShown) { toResult(); return; }
        refuse(b.reason || root.dataset.msgRefused);
      });
    }, function () {
      submitting = false;
      setOffline(true);
      setTimeout(function () { submit(by); }, 3000);
    });
  }

  // ---- navigation, view, font ----------------------------------------------------------------
  var onePerPage = !linear && localStorage.getItem('sathach.view') !== 'all';

  function renderNavigator() {
    root.querySelectorAll('.sh-nav-item[data-pos]').forEach(function (b) {
      var pos = b.dataset.pos;
      b.classList.toggle('answered', isAnswered(pos));
      b.classList.toggle('flagged', isFlagged(pos));
      b.classList.toggle('current', pos === current);
      b.setAttribute('aria-current', pos === current ? 'true' : 'false');
    });
  }

  function go(pos) {
    if (!byPos[pos]) { return; }
    current = String(pos);
    if (onePerPage) {
      sections.forEach(function (s) { s.hidden = s.dataset.pos !== current; });
    } else {
      sections.forEach(function (s) { s.hidden = false; });
      byPos[pos].scrollIntoView({ block: 'start' });
    }
    byPos[pos].focus({ preventScroll: !onePerPage });
    renderNavigator();
  }

  function step(delta) {
    var i = sections.indexOf(byPos[current]) + delta;
    if (i >= 0 && i < sections.length) { go(sections[i].dataset.pos); }
  }

  function applyView() {
    var button = document.getElementById('viewMode');
    if (button) { button.textContent = onePerPage ? button.dataset.all : button.dataset.one; }
    var prev = document.getElementById('prev'), next = document.getElementById('next');
    if (prev) { prev.hidden = !onePerPage; next.hidden = !onePerPage; }
    go(current);
  }

  function font(delta) {
    var size = Math.min(28, Math.max(12, (parseInt(localStorage.getItem('sathach.font'), 10) || 16) + delta));
    localStorage.setItem('sathach.font', size);
    root.style.fontSize = size + 'px';
  }

  // ---- wiring ------------------------------------------------------------------------------
  sections.forEach(function (section) {
    var pos = section.dataset.pos;
    var pending = queue[pos];
    if (pending) {
      show(section, pending.response, pending.flagged);
      setState(section, 'saving');
    } else if (known[pos]) {
      show(section, known[pos].response, known[pos].flagged);
      setState(section, 'saved');
    }
    section.addEventListener('change', function (e) {
      if (!e.target.classList.contains('sh-text')) { changed(section); }
    });
    section.addEventListener('input', function (e) {
      if (e.target.classList.contains('sh-text')) {
        clearTimeout(textTimers[pos]);
        setState(section, 'saving');
        textTimers[pos] = setTimeout(function () { changed(section); }, 500);
      }
    });
    section.addEventListener('click', function (e) {
      var li = e.target.closest('li');
      if (!li || over) { return; }
      if (e.target.classList.contains('sh-up') && li.previousElementSibling) {
        li.parentNode.insertBefore(li, li.previousElementSibling); changed(section);
      } else if (e.target.classList.contains('sh-down') && li.nextElementSibling) {
        li.parentNode.insertBefore(li.nextElementSibling, li); changed(section);
      }
    });
    section.addEventListener('focusin', function () { current = pos; renderNavigator(); });
  });

  root.querySelectorAll('.sh-nav-item[data-pos]').forEach(function (b) {
    b.addEventListener('click', function () { go(b.dataset.pos); });
  });
  var prev = document.getElementById('prev'), next = document.getElementById('next');
  if (prev) { prev.addEventListener('click', function () { step(-1); }); }
  if (next) { next.addEventListener('click', function () { step(1); }); }
  var viewMode = document.getElementById('viewMode');
  if (viewMode) {
    viewMode.addEventListener('click', function () {
      onePerPage = !onePerPage;
      localStorage.setItem('sathach.view', onePerPage ? 'one' : 'all');
      applyView();
    });
  }
  document.getElementById('fontUp').addEventListener('click', function () { font(2); });
  document.getElementById('fontDown').addEventListener('click', function () { font(-2); });

  var linearNext = document.getElementById('linearNext');
  if (linearNext) {
    linearNext.addEventListener('click', function () {
      flush().then(function () {
        if (Object.keys(queue).length) { refuse(root.dataset.msgUnsaved, true); return; }
        document.getElementById('linear:advance').click();
      });
    });
  }

  document.getElementById('submitOpen').addEventListener('click', function () {
    var unanswered = [], flagged = [];
    for (var i = 0; i < parseInt(root.dataset.count, 10); i++) {
      if (!isAnswered(String(i))) { unanswered.push(i + 1); }
      if (isFlagged(String(i))) { flagged.push(i + 1); }
    }
    document.getElementById('unansweredList').textContent = unanswered.join(', ') || root.dataset.msgNone;
    document.getElementById('flaggedList').textContent = flagged.join(', ') || root.dataset.msgNone;
    document.getElementById('confirm').hidden = false;
    document.getElementById('confirmSubmit').focus();
  });
  document.getElementById('cancelSubmit').addEventListener('click', function () {
    document.getElementById('confirm').hidden = true;
  });
  document.getElementById('confirmSubmit').addEventListener('click', function () {
    document.getElementById('confirm').hidden = true;
    submit('CANDIDATE');
  });

  document.addEventListener('keydown', function (e) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) && e.target.type !== 'radio' && e.target.type !== 'checkbox';
    if (typing || e.ctrlKey || e.metaKey || e.altKey || over) { return; }
    var section = byPos[current];
    if (e.key === 'Escape') { document.getElementById('confirm').hidden = true; return; }
    if (!section) { return; }
    var k = e.key.toLowerCase();
    if (k === 'n' || e.key === 'ArrowRight') { step(1); e.preventDefault(); }
    else if (k === 'p' || e.key === 'ArrowLeft') { step(-1); e.preventDefault(); }
    else if (k === 'f') { var f = section.querySelector('.sh-flag'); f.checked = !f.checked; changed(section); }
    else if (/^[a-h]$/.test(k) || /^[1-8]$/.test(k)) {
      var index = /^[1-8]$/.test(k) ? parseInt(k, 10) - 1 : k.charCodeAt(0) - 97;
      var input = section.querySelectorAll('input.sh-choice, input.sh-tf')[index];
      if (input) { input.checked = input.type === 'checkbox' ? !input.checked : true; changed(section); }
    }
  });

  function report(kind) {
    fetch(api + '/events', {
      method: 'POST', credentials: 'same-origin', keepalive: true,
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ kind: kind })
    }).catch(function () { /* the proctor sees the next one */ });
  }
  window.addEventListener('blur', function () { report('FOCUS_LOST'); });
  window.addEventListener('focus', function () { report('FOCUS_BACK'); sync(); });
  document.addEventListener('visibilitychange', function () {
    report(document.hidden ? 'HIDDEN' : 'VISIBLE');
    if (!document.hidden) { sync(); flush(); }
  });
  window.addEventListener('online', function () { flush(); });
  window.addEventListener('offline', function () { setOffline(true); });
  window.addEventListener('beforeunload', function (e) {
    if (Object.keys(queue).length && !over) { e.preventDefault(); e.returnValue = ''; }
  });

  // What the proctor does arrives from control.js: a pause, an extension, the end.
  var pausedBox = document.getElementById('pausedOverlay');
  function paused(on) {
    pausedBox.hidden = !on;
    root.classList.toggle('sh-paused', on);
  }
  document.addEventListener('sh-control', function (e) {
    var state = e.detail;
    if (state.status === 'TERMINATED' || (state.status === 'SUBMITTED' && !refusedShown)) {
      toResult();
      return;
    }
    if (state.status === 'SUBMITTED') { over = true; return; }
    if (state.deadline) { deadline = state.deadline; }
    paused(state.status === 'PAUSED');
    if (state.status === 'IN_PROGRESS') { flush(); }
    tick();
  });
  paused(root.dataset.status === 'PAUSED');

  font(0);
  applyView();
  renderNavigator();
  overall();
  sync().then(function () { tick(); flush(); });
  setInterval(tick, 500);
  setInterval(sync, 30000);
})();
