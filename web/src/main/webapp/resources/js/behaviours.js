/*
 * Small behaviours of the pages, wired by data attributes so that no page needs an inline script or an inline
 * event handler: the Content-Security-Policy allows only scripts from Baokao's files and PrimeFaces' nonce.
 *   data-reload-page            a click reloads the page
 *   data-refresh-captcha="id"   a click fetches a new picture into the image with that id
 *   data-reload-after="ms"      the page reloads by itself after that many milliseconds
 *   data-toggle-class="c"       a click toggles class c on the element data-toggle-target names (and its own label
 *                               between data-label-more and data-label-less)
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
        var toggle = target.closest('[data-toggle-class]');
        if (toggle) {
            var box = document.getElementById(toggle.getAttribute('data-toggle-target'));
            if (box) {
                var on = box.classList.toggle(toggle.getAttribute('data-toggle-class'));
                toggle.textContent = toggle.getAttribute(on ? 'data-label-less' : 'data-label-more');
            }
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

/*
 * The review page's r key (reviewer/application.xhtml): opens the reason menu of the first reason row still without a
 * reason, and when every row has one (or there is none yet), adds a row and opens the new row's menu.
 */
window.BaokaoKeys = (function () {
    'use strict';
    var ROWS = 'decisionForm:reasonRows:';

    function reasonMenus() {
        return Array.prototype.filter.call(document.querySelectorAll('[id^="' + ROWS + '"]'), function (element) {
            return /^decisionForm:reasonRows:\d+:reason$/.test(element.id);
        });
    }

    function open(menu) {
        var widget = window.PrimeFaces && PrimeFaces.getWidgetById(menu.id);
        if (widget && widget.show) {
            widget.show();
            if (widget.focusInput) {
                widget.focusInput.trigger('focus');
            }
        } else {
            menu.click();
        }
    }

    function reason() {
        var empty = reasonMenus().filter(function (menu) {
            var select = document.getElementById(menu.id + '_input');
            return !select || !select.value;
        });
        if (empty.length) {
            open(empty[0]);
            return;
        }
        var add = document.getElementById('decisionForm:addReason');
        if (!add) {
            return;
        }
        var before = reasonMenus().length;
        var opened = false;
        var onComplete = function () {
            var menus = reasonMenus();
            if (!opened && menus.length > before) {
                opened = true;
                window.jQuery(document).off('pfAjaxComplete', onComplete);
                open(menus[menus.length - 1]);
            }
        };
        window.jQuery(document).on('pfAjaxComplete', onComplete);
        add.click();
    }

    return {reason: reason};
}());
