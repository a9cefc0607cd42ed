// Hover tooltips for radar and landscape blips, served as a file because the page forbids inline scripts.
(function () {
  'use strict';
  function init() {
    var tip = document.getElementById('tooltip');
    var picture = document.getElementById('picture');
    if (!tip || !picture) return;
    function label(el) {
      var t = el.querySelector('title');
      return t ? t.textContent : (el.getAttribute('aria-label') || '');
    }
    picture.addEventListener('mouseover', function (e) {
      var a = e.target.closest ? e.target.closest('a') : null;
      if (!a || !picture.contains(a)) return;
      tip.textContent = label(a);
      tip.hidden = tip.textContent === '';
    });
    picture.addEventListener('mousemove', function (e) {
      tip.style.left = (e.clientX + 14) + 'px';
      tip.style.top = (e.clientY + 14) + 'px';
    });
    picture.addEventListener('mouseout', function () { tip.hidden = true; });
    document.querySelectorAll('form.filters select').forEach(function (s) {
      s.addEventListener('change', function () { s.form.submit(); });
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
