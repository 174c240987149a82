/*
 * Checks a chosen photo or proof in the browser before it is uploaded, with the same rules the server applies,
 * and helps to fit it: crop to the rule's proportions, scale to the exact size and find a JPEG quality whose
 * file size lies in the allowed range. The server checks everything again on the real bytes.
 *
 * <input type="file" data-photo-width="260" data-photo-height="360" data-photo-exact="true"
 *        data-min-kb="15" data-max-kb="45" data-report="id-of-a-div"> for photos,
 * <input type="file" data-max-kb="200" data-report="..."> for proofs. Texts come from data-text-* on the report div.
 */
(function () {
    'use strict';
    var KB = 1024;

    function text(report, key, values) {
        var t = report.getAttribute('data-text-' + key) || key;
        (values || []).forEach(function (v, i) { t = t.split('{' + i + '}').join(v); });
        return t;
    }

    function kb(bytes) { return (bytes / KB).toFixed(1); }

    function isJpeg(buffer) {
        var b = new Uint8Array(buffer, 0, 3);
        return b.length === 3 && b[0] === 0xFF && b[1] === 0xD8 && b[2] === 0xFF;
    }

    function show(report, ok, message) {
        report.className = 'bk-upload-check ' + (ok ? 'bk-ok' : 'bk-bad');
        report.textContent = message;
        report.hidden = false;
    }

    function replaceFile(input, blob, name) {
        var dt = new DataTransfer();
        dt.items.add(new File([blob], name, {type: 'image/jpeg'}));
        input.files = dt.files;
    }

    /** JPEG of the canvas whose size lies in [minBytes, maxBytes], trying qualities by bisection. */
    function encodeWithin(canvas, minBytes, maxBytes) {
        function at(q) { return new Promise(function (ok) { canvas.toBlob(ok, 'image/jpeg', q); }); }
        var lo = 0.3, hi = 0.98, best = null, tries = 0;
        function step() {
            var q = (lo + hi) / 2;
            return at(q).then(function (blob) {
                tries++;
                if (blob.size > maxBytes) { hi = q; } else { best = blob; if (blob.size >= minBytes) { return blob; } lo = q; }
                return tries < 9 ? step() : (best || blob);
            });
        }
        return at(hi).then(function (top) { return top.size <= maxBytes && top.size >= minBytes ? top : step(); });
    }

    function photo(input) {
        var report = document.getElementById(input.getAttribute('data-report'));
        var w = +input.getAttribute('data-photo-width'), h = +input.getAttribute('data-photo-height');
        var exact = input.getAttribute('data-photo-exact') === 'true';
        var minBytes = +input.getAttribute('data-min-kb') * KB, maxBytes = +input.getAttribute('data-max-kb') * KB;
        var tool = document.getElementById(input.getAttribute('data-tool'));
        var file = input.files[0];
        if (!file) { return; }
        tool.hidden = true;
        file.arrayBuffer().then(function (buffer) {
            return createImageBitmap(new Blob([buffer]), {imageOrientation: 'from-image'}).then(function (bitmap) {
                var problems = [];
                if (!isJpeg(buffer)) { problems.push(text(report, 'notjpeg')); }
                var sizeOk = exact ? bitmap.width === w && bitmap.height === h : bitmap.width >= w && bitmap.height >= h;
                if (!sizeOk) { problems.push(text(report, exact ? 'exact' : 'min', [w, h, bitmap.width, bitmap.height])); }
                if (file.size < minBytes || file.size > maxBytes) {
                    problems.push(text(report, 'bytes', [input.getAttribute('data-min-kb'), input.getAttribute('data-max-kb'), kb(file.size)]));
                }
                if (problems.length === 0) { show(report, true, text(report, 'ok', [bitmap.width, bitmap.height, kb(file.size)])); return; }
                show(report, false, problems.join(' ') + ' ' + text(report, 'fit'));
                openTool(tool, bitmap, w, h, minBytes, maxBytes, input, report);
            });
        }).catch(function () { show(report, false, text(report, 'unreadable')); });
    }

    /** Crop (zoom and position sliders) and scale to w x h; "use" puts the result into the file input. */
    function openTool(tool, bitmap, w, h, minBytes, maxBytes, input, report) {
        var canvas = tool.querySelector('canvas'), zoom = tool.querySelector('.bk-zoom'),
            x = tool.querySelector('.bk-x'), y = tool.querySelector('.bk-y'), use = tool.querySelector('.bk-use');
        canvas.width = w; canvas.height = h;
        zoom.value = 1; x.value = 50; y.value = 50;
        function draw() {
            var scale = Math.max(w / bitmap.width, h / bitmap.height) * (+zoom.value);
            var sw = w / scale, sh = h / scale;
            var sx = (bitmap.width - sw) * (+x.value / 100), sy = (bitmap.height - sh) * (+y.value / 100);
            var ctx = canvas.getContext('2d');
            ctx.imageSmoothingQuality = 'high';
            ctx.fillStyle = '#fff';
            ctx.fillRect(0, 0, w, h);
            ctx.drawImage(bitmap, sx, sy, sw, sh, 0, 0, w, h);
        }
        zoom.oninput = x.oninput = y.oninput = draw;
        use.onclick = function () {
            encodeWithin(canvas, minBytes, maxBytes).then(function (blob) {
                replaceFile(input, blob, 'photo.jpg');
                var fits = blob.size >= minBytes && blob.size <= maxBytes;
                show(report, fits, text(report, fits ? 'ready' : 'bytes', fits ? [w, h, kb(blob.size)]
                    : [input.getAttribute('data-min-kb'), input.getAttribute('data-max-kb'), kb(blob.size)]));
                tool.hidden = true;
            });
            return false;
        };
        draw();
        tool.hidden = false;
    }

    /** Proof scans: a JPEG within the limit goes as it is; anything else is offered a compressed JPEG copy. */
    function proof(input) {
        var report = document.getElementById(input.getAttribute('data-report'));
        var maxBytes = +input.getAttribute('data-max-kb') * KB;
        var file = input.files[0];
        if (!file) { return; }
        file.arrayBuffer().then(function (buffer) {
            if (isJpeg(buffer) && file.size <= maxBytes) { show(report, true, text(report, 'proofok', [kb(file.size)])); return; }
            return createImageBitmap(new Blob([buffer]), {imageOrientation: 'from-image'}).then(function (bitmap) {
                var canvas = document.createElement('canvas');
                var scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
                function attempt() {
                    canvas.width = Math.round(bitmap.width * scale); canvas.height = Math.round(bitmap.height * scale);
                    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
                    return encodeWithin(canvas, 0, maxBytes).then(function (blob) {
                        if (blob.size <= maxBytes || scale < 0.2) { return blob; }
                        scale *= 0.75;
                        return attempt();
                    });
                }
                return attempt().then(function (blob) {
                    replaceFile(input, blob, 'proof.jpg');
                    show(report, blob.size <= maxBytes, text(report, 'compressed', [kb(file.size), kb(blob.size)]));
                });
            });
        }).catch(function () { show(report, false, text(report, 'unreadable')); });
    }

    document.addEventListener('change', function (event) {
        var input = event.target;
        if (!(input instanceof HTMLInputElement) || input.type !== 'file') { return; }
        if (input.hasAttribute('data-photo-width')) { photo(input); } else if (input.hasAttribute('data-max-kb')) { proof(input); }
    });
}());
