/*
 * The result of an attempt: answers still waiting in this browser's queue (typed while it was
 * offline, never acknowledged) reached the server too late. The candidate is told how many, and
 * the queue is cleared: the server's record is the attempt as submitted.
 */
(function () {
  'use strict';
  var box = document.getElementById('lostAnswers');
  if (!box) { return; }
  var key = 'sathach.queue.' + box.dataset.attempt;
  var queue;
  try { queue = JSON.parse(localStorage.getItem(key) || '{}'); } catch (e) { return; }
  var count = Object.keys(queue).length;
  if (count) {
    box.textContent = box.dataset.msg.replace('{0}', String(count));
    box.hidden = false;
  }
  try { localStorage.removeItem(key); } catch (e) { /* private mode: nothing was kept */ }
})();
