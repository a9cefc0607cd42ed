// On a narrow screen the radar page shows the radar alone at full width, its legend as a list below, and zooms into
// a quadrant when it is tapped (tap again, or "Whole radar", to come back). Wide screens keep the picture as drawn.
// Served as a file because the page forbids inline scripts.
(function () {
  'use strict';
  var NARROW = '(max-width: 640px)';
  var TAP_SPACING = 26; // CSS pixels between blip centres when zoomed (24 and some room), so a finger can pick one

  function box(text) {
    var v = text.trim().split(/\s+/).map(Number);
    return { x: v[0], y: v[1], w: v[2], h: v[3] };
  }

  function legendList(svg) {
    var section = document.createElement('section');
    section.className = 'legend-list';
    section.id = 'legend-list';
    section.setAttribute('aria-label', 'Legend');
    var list = null;
    svg.querySelectorAll('.legend .legend-segment, .legend .legend-ring, .legend .legend-entry').forEach(function (el) {
      var cls = el.getAttribute('class');
      if (cls === 'legend-segment' || cls === 'legend-ring') {
        var heading = document.createElement(cls === 'legend-segment' ? 'h2' : 'h3');
        heading.textContent = el.getAttribute('data-name');
        section.appendChild(heading);
        list = null;
        return;
      }
      if (!list) {
        list = document.createElement('ol');
        section.appendChild(list);
      }
      var item = document.createElement('li');
      var number = el.querySelector('text');
      item.value = number ? Number(number.textContent) : 0;
      var link = document.createElement('a');
      link.href = el.getAttribute('href');
      link.setAttribute('data-id', el.getAttribute('data-id'));
      link.textContent = el.querySelector('title').textContent;
      item.appendChild(link);
      list.appendChild(item);
    });
    return section;
  }

  function init() {
    var figure = document.getElementById('picture');
    var svg = figure ? figure.querySelector('svg') : null;
    var radar = svg ? svg.querySelector('g.radar[data-box]') : null;
    if (!radar) return;
    var narrow = window.matchMedia(NARROW);
    var whole = { viewBox: svg.getAttribute('viewBox'), width: svg.getAttribute('width'), height: svg.getAttribute('height') };
    var back = document.createElement('button');
    back.type = 'button';
    back.id = 'whole-radar';
    back.className = 'whole-radar';
    back.textContent = 'Whole radar';
    back.hidden = true;
    figure.parentNode.insertBefore(back, figure);
    figure.parentNode.insertBefore(legendList(svg), figure.nextSibling);
    var zoomed = null;

    function frame(b, width) {
      svg.setAttribute('viewBox', b.x + ' ' + b.y + ' ' + b.w + ' ' + b.h);
      svg.setAttribute('width', b.w);
      svg.setAttribute('height', b.h);
      svg.style.width = width || '';
    }

    function closestBlips(segment) {
      var centres = [];
      svg.querySelectorAll('g.blip').forEach(function (blip) {
        if (blip.getAttribute('data-segment') !== segment) return;
        var m = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(blip.getAttribute('transform'));
        if (m) centres.push([Number(m[1]), Number(m[2])]);
      });
      var min = Infinity;
      for (var i = 0; i < centres.length; i++) {
        for (var j = i + 1; j < centres.length; j++) {
          min = Math.min(min, Math.hypot(centres[i][0] - centres[j][0], centres[i][1] - centres[j][1]));
        }
      }
      return min;
    }

    function zoomInto(area) {
      var b = box(area.getAttribute('data-box'));
      var fit = figure.clientWidth / b.w;
      var spacing = closestBlips(area.getAttribute('data-segment'));
      var scale = isFinite(spacing) ? Math.max(fit, TAP_SPACING / spacing) : fit;
      frame(b, Math.ceil(b.w * scale) + 'px');
      zoomed = area;
      figure.classList.add('zoomed');
      figure.setAttribute('data-zoomed', area.getAttribute('data-segment'));
      back.hidden = false;
    }

    function overview() {
      zoomed = null;
      figure.classList.remove('zoomed');
      figure.removeAttribute('data-zoomed');
      back.hidden = true;
      if (narrow.matches) frame(box(radar.getAttribute('data-box')));
      else {
        svg.setAttribute('viewBox', whole.viewBox);
        svg.setAttribute('width', whole.width);
        svg.setAttribute('height', whole.height);
        svg.style.width = '';
      }
    }

    // The segment under a tap, found from where the finger landed, whatever element (blip, label, line) it hit.
    function areaAt(e) {
      var ctm = radar.getScreenCTM();
      if (!ctm) return null;
      var p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
      var areas = svg.querySelectorAll('.segment-area');
      for (var i = 0; i < areas.length; i++) if (areas[i].isPointInFill(p)) return areas[i];
      return null;
    }

    figure.addEventListener('click', function (e) {
      if (!narrow.matches) return;
      var area = areaAt(e);
      if (zoomed) {
        if (!(e.target.closest && e.target.closest('a')) || area !== zoomed) {
          e.preventDefault();
          overview();
        }
        return;
      }
      if (!area) return;
      e.preventDefault();
      zoomInto(area);
    });
    back.addEventListener('click', overview);
    narrow.addEventListener('change', overview);
    overview();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
