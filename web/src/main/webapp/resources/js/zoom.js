// Full-size view of a candidate's photo or proof: a click on a .bk-zoomable image opens it over the page at its
// own size (scrollable, pinch-zoomable); a second click or Escape closes it.
(function () {
    var overlay;
    function close() { if (overlay) { overlay.remove(); overlay = null; } }
    document.addEventListener('click', function (e) {
        var img = e.target.closest && e.target.closest('img.bk-zoomable');
        if (overlay && overlay.contains(e.target)) { close(); return; }
        if (!img) { return; }
        overlay = document.createElement('div');
        overlay.className = 'bk-zoom-overlay';
        var big = document.createElement('img');
        big.src = img.src;
        big.alt = img.alt;
        overlay.appendChild(big);
        document.body.appendChild(overlay);
    });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { close(); } });
})();
