/* The scoring sheet's live total: the sum of the scores typed so far. The server checks and keeps
   the real figures; this only helps the board member see the total before submitting. */
function shSheetTotal() {
  var total = 0;
  document.querySelectorAll('input.sh-score').forEach(function (input) {
    var value = parseFloat(input.value);
    if (!isNaN(value)) {
      total += value;
    }
  });
  var out = document.getElementById('sheetTotal');
  if (out) {
    out.textContent = (Math.round(total * 100) / 100).toFixed(2);
  }
}
