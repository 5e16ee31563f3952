/*
 * The proctor's live board: a Server-Sent Events stream of the session's board (one message when
 * anything changes, the whole board each time, so a reconnect catches up at once), drawn here; the
 * row and session buttons open the action dialog, whose form the server carries out.
 */
(function () {
  'use strict';
  var root = document.getElementById('board');
  if (!root) { return; }
  var labels = parse(root.dataset.statusLabels);
  var actions = parse(root.dataset.actions);
  var offset = 0;
  var rows = [];
  var source = null;
  var clock = timeFormat(root.dataset.zone);

  function parse(text) {
    var map = {};
    (text || '').split('|').forEach(function (pair) {
      var i = pair.indexOf('=');
      if (i > 0) { map[pair.substring(0, i)] = pair.substring(i + 1); }
    });
    return map;
  }

  /*
   * Times as the rest of the platform shows them: HH:mm:ss in the platform's zone (not the
   * browser's), numbers in the page's language.
   */
  function timeFormat(zone) {
    var lang = document.documentElement.lang || undefined;
    var options = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };
    var f;
    try {
      f = new Intl.DateTimeFormat(lang, Object.assign({ timeZone: zone || undefined }, options));
    } catch (unknownZone) {
      f = new Intl.DateTimeFormat(lang, options);
    }
    return function (millis) {
      var parts = {};
      f.formatToParts(new Date(millis)).forEach(function (p) { parts[p.type] = p.value; });
      return [parts.hour, parts.minute, parts.second].join(':');
    };
  }

  /*
   * EventSource reconnects by itself after a dropped connection, and the server then sends the
   * whole board again. It gives up for good on an error answer (a proxy's 502 while an instance
   * restarts): then a new one is opened after a pause that grows up to 30 s.
   */
  var retry = 1000;
  function connect() {
    source = new EventSource(root.dataset.stream, { withCredentials: true });
    source.addEventListener('board', function (e) {
      var message = JSON.parse(e.data);
      offset = message.now - Date.now();
      retry = 1000;
      render(message.board);
      setConnection(true);
    });
    source.onerror = function () {
      setConnection(false);
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(connect, retry);
        retry = Math.min(retry * 2, 30000);
      }
    };
  }

  function setConnection(ok) {
    var c = document.getElementById('connection');
    c.textContent = ok ? root.dataset.msgConnected : root.dataset.msgReconnecting;
    c.className = ok ? 'sh-ok' : 'sh-bad';
  }

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (cls) { el.className = cls; }
    return el;
  }

  function buttonsFor(row) {
    var list = [];
    switch (row.status) {
      case 'WAITING': list = ['admit', 'refuse', 'incident']; break;
      case 'ADMITTED': list = ['refuse', 'incident']; break;
      case 'IN_PROGRESS': list = ['pause', 'extend', 'incident', 'sanction']; break;
      case 'PAUSED': list = ['resume', 'extend', 'incident', 'sanction']; break;
      case 'SUBMITTED': case 'TERMINATED': list = ['incident']; break;
    }
    return row.attempt ? list : [];
  }

  function render(board) {
    rows = board.rows;
    var counts = {};
    rows.forEach(function (r) { counts[r.status] = (counts[r.status] || 0) + 1; });
    var countBox = document.getElementById('counts');
    countBox.textContent = '';
    Object.keys(labels).forEach(function (status) {
      countBox.appendChild(text('span', labels[status] + ': ' + (counts[status] || 0), 'sh-count sh-status-' + status));
    });
    var state = document.getElementById('sessionState');
    state.textContent = (board.paused ? actions.sessionPaused + ' ' : '') + (board.sealed ? actions.sessionSealed + ' ' + (board.seal || '') : '');
    if (board.drawnSet) { document.getElementById('drawnSet').dataset.set = board.drawnSet; }
    document.getElementById('sessionIncidents').textContent = String(board.sessionIncidents || 0);
    var body = document.getElementById('boardRows');
    body.textContent = '';
    rows.forEach(function (r) {
      var tr = document.createElement('tr');
      tr.dataset.number = r.number;
      tr.className = 'sh-status-' + r.status;
      tr.appendChild(text('td', r.number));
      tr.appendChild(text('td', r.name));
      tr.appendChild(text('td', labels[r.status] || r.status, 'sh-row-status'));
      tr.appendChild(text('td', r.total ? r.answered + '/' + r.total : '', 'sh-row-answered'));
      var left = text('td', '', 'sh-row-left');
      left.dataset.deadline = r.deadline || '';
      left.dataset.frozen = r.frozenSeconds === undefined ? '' : r.frozenSeconds;
      tr.appendChild(left);
      tr.appendChild(text('td', r.lastSeen ? clock(r.lastSeen) : '', 'sh-row-seen'));
      tr.appendChild(text('td', String(r.focus), r.focus ? 'sh-bad sh-row-focus' : 'sh-row-focus'));
      tr.appendChild(text('td', r.incidents + (r.sanctions ? ' / ' + r.sanctions + ' ' + actions.sanctionsShort : ''), 'sh-row-incidents'));
      var cell = document.createElement('td');
      buttonsFor(r).forEach(function (a) {
        var b = text('button', actions[a] || a, 'sh-tool sh-act-' + a);
        b.type = 'button';
        b.dataset.act = a;
        b.dataset.attempt = r.attempt;
        b.dataset.who = r.number + ' ' + r.name;
        cell.appendChild(b);
      });
      tr.appendChild(cell);
      body.appendChild(tr);
    });
    tick();
  }

  function format(seconds) {
    var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    return (h ? h + ':' + (m < 10 ? '0' : '') : '') + m + ':' + (s < 10 ? '0' : '') + s;
  }

  function tick() {
    var now = Date.now() + offset;
    document.getElementById('boardClock').textContent = clock(now);
    document.querySelectorAll('#boardRows .sh-row-left').forEach(function (td) {
      if (td.dataset.deadline) {
        td.textContent = format(Math.max(0, Math.floor((parseInt(td.dataset.deadline, 10) - now) / 1000)));
      } else if (td.dataset.frozen !== '') {
        td.textContent = format(parseInt(td.dataset.frozen, 10)) + ' ⏸';
      }
    });
  }

  /* Shows the dialog's fields the action needs; again after the server redrew the form. */
  function fields() {
    var action = document.getElementById('act:action').value;
    var show = function (cls, on) {
      document.querySelectorAll('#act .' + cls).forEach(function (el) { el.style.display = on ? '' : 'none'; });
    };
    show('sh-act-minutes', action === 'extend' || action === 'extendAll');
    show('sh-act-category', action === 'incident' || action === 'sessionIncident');
    show('sh-act-sanction', action === 'sanction');
  }

  /* Opens the dialog for an action with a blank form: nothing of the previous action carries over. */
  function open(action, attempt, who) {
    document.getElementById('act:action').value = action;
    document.getElementById('act:attempt').value = attempt || '';
    document.getElementById('act:reason').value = '';
    PF('actMinutes').setValue(root.dataset.defaultMinutes);
    PF('actCategory').selectValue(root.dataset.defaultCategory);
    PF('actSanction').selectValue(root.dataset.defaultSanction);
    document.getElementById('actWhat').textContent = (actions[action] || action) + (who ? ' — ' + who : '');
    fields();
    PF('actDialog').show();
  }

  if (window.jQuery) { jQuery(document).on('pfAjaxComplete', fields); }

  document.addEventListener('click', function (e) {
    var b = e.target.closest('[data-act]');
    if (b && root.contains(b)) { open(b.dataset.act, b.dataset.attempt, b.dataset.who); }
  });

  connect();
  setInterval(tick, 1000);
})();
