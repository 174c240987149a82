// Counts down to data-deadline (epoch ms) in the element's text: "3 天 04:12:09" until the deadline, then data-over.
(function () {
    function pad(n) { return (n < 10 ? '0' : '') + n; }
    function tick() {
        document.querySelectorAll('.bk-countdown[data-deadline]').forEach(function (el) {
            var left = Math.floor((Number(el.dataset.deadline) - Date.now()) / 1000);
            if (left <= 0) { el.textContent = el.dataset.over; return; }
            var d = Math.floor(left / 86400), h = Math.floor(left % 86400 / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
            el.textContent = (d > 0 ? d + ' ' + el.dataset.days + ' ' : '') + pad(h) + ':' + pad(m) + ':' + pad(s);
        });
    }
    tick();
    setInterval(tick, 1000);
})();
