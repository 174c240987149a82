/*
 * Small behaviours of the pages, wired by data attributes so that no page needs an inline script or an inline
 * event handler: the Content-Security-Policy allows only scripts from Baokao's files and PrimeFaces' nonce.
 *   data-reload-page            a click reloads the page
 *   data-refresh-captcha="id"   a click fetches a new picture into the image with that id
 *   data-reload-after="ms"      the page reloads by itself after that many milliseconds
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        if (!target) {
            return;
        }
        if (target.closest('[data-reload-page]')) {
            window.location.reload();
            return;
        }
        var refresh = target.closest('[data-refresh-captcha]');
        if (refresh) {
            event.preventDefault();
            var image = document.getElementById(refresh.getAttribute('data-refresh-captcha'));
            if (image) {
                image.src = image.src.split('?')[0] + '?v=' + Date.now();
            }
        }
    });

    function scheduleReloads() {
        document.querySelectorAll('[data-reload-after]').forEach(function (element) {
            setTimeout(function () {
                window.location.reload();
            }, parseInt(element.getAttribute('data-reload-after'), 10) || 3000);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', scheduleReloads);
    } else {
        scheduleReloads();
    }
}());
