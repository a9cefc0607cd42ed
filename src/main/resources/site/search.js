// Filters the radar's blips as the user types; the index comes from search-index.js (window.RADAR_SEARCH),
// because fetch() of a JSON file is blocked when the site is opened from disk.
(function () {
  var input = document.getElementById('site-search');
  var list = document.getElementById('site-search-results');
  if (!input || !list) return;
  var root = document.body.getAttribute('data-root') || '';
  var entries = window.RADAR_SEARCH || [];
  function show(text) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var q = text.trim().toLowerCase();
    if (!q) return;
    entries.filter(function (e) {
      return (e.name + ' ' + e.key + ' ' + e.ring + ' ' + e.segment).toLowerCase().indexOf(q) >= 0;
    }).slice(0, 30).forEach(function (e) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + e.url;
      a.textContent = e.name;
      li.appendChild(a);
      li.appendChild(document.createTextNode(' ' + (e.ring || 'removed') + ' · ' + e.segment));
      list.appendChild(li);
    });
  }
  input.addEventListener('input', function () { show(input.value); });
})();
