// Filters the rows of every table marked data-search by the text typed in #search (no network, no library).
(function () {
  var box = document.getElementById('search');
  if (!box) { return; }
  box.addEventListener('input', function () {
    var q = box.value.trim().toLowerCase();
    var rows = document.querySelectorAll('table[data-search] tbody tr');
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var hit = q === '' || rows[i].textContent.toLowerCase().indexOf(q) >= 0;
      rows[i].style.display = hit ? '' : 'none';
      if (hit) { shown++; }
    }
    var count = document.getElementById('search-count');
    if (count) { count.textContent = shown + ' shown'; }
  });
})();
