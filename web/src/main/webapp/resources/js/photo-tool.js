/*
 * Checks a chosen photo or proof in the browser before it is uploaded, with the same rules the server applies and
 * in the same order (a whole JPEG, then pixels, bytes and background colour), and helps to fit it: crop to the
 * rule's proportions, scale to the exact size and find a JPEG quality whose file size lies in the allowed range.
 * Each photo gets one verdict: every broken rule, or "fits", or - when this browser cannot read the pixels to judge
 * the background - that it cannot say. The server checks everything again on the real bytes.
 *
 * <input type="file" data-photo-width="260" data-photo-height="360" data-photo-exact="true"
 *        data-min-kb="15" data-max-kb="45" data-backgrounds="WHITE,BLUE" data-report="id-of-a-div"> for photos,
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
        var b = new Uint8Array(buffer, 0, Math.min(3, buffer.byteLength));
        return b.length === 3 && b[0] === 0xFF && b[1] === 0xD8 && b[2] === 0xFF;
    }

    /** Whether the JPEG data runs to its end marker: segments are skipped up to the first scan, FF D9 must follow. */
    function isComplete(buffer) {
        var b = new Uint8Array(buffer), pos = 2;
        while (pos + 4 <= b.length && b[pos] === 0xFF) {
            if (b[pos + 1] === 0xFF) { pos++; continue; } // a fill byte
            var scan = b[pos + 1] === 0xDA;
            pos += 2 + ((b[pos + 2] << 8) | b[pos + 3]); // past the segment (an EXIF thumbnail's FF D9 included)
            if (scan) { break; }
        }
        for (var i = b.length - 2; i >= pos; i--) {
            if (b[i] === 0xFF && b[i + 1] === 0xD9) { return true; }
        }
        return false;
    }

    /** state: 'ok', 'bad' or 'warn' (the browser cannot tell). */
    function show(report, state, message) {
        report.className = 'bk-upload-check bk-' + state;
        report.textContent = message;
        report.hidden = false;
    }

    function replaceFile(input, blob, name) {
        var dt = new DataTransfer();
        dt.items.add(new File([blob], name, {type: 'image/jpeg'}));
        input.files = dt.files;
    }

    /** The server's colour rule (ImageInspector.classify): HSV, tolerant of uneven light and camera white balance. */
    function classify(r, g, b) {
        var max = Math.max(r, g, b), min = Math.min(r, g, b), value = max / 255;
        var saturation = max === 0 ? 0 : (max - min) / max;
        if (value >= 0.75 && saturation <= 0.18) { return 'WHITE'; }
        if (max === min) { return 'OTHER'; }
        var d = max - min;
        var hue = max === r ? 60 * ((g - b) / d) : max === g ? 60 * ((b - r) / d) + 120 : 60 * ((r - g) / d) + 240;
        if (hue < 0) { hue += 360; }
        if (hue >= 185 && hue <= 255 && saturation >= 0.25 && value >= 0.3) { return 'BLUE'; }
        if ((hue >= 340 || hue <= 15) && saturation >= 0.35 && value >= 0.3) { return 'RED'; }
        return 'OTHER';
    }

    /** The average colour of a top corner (8 % of the height, 12 % of the width), classified as the server does. */
    function corner(image, width, height, left) {
        var ch = Math.max(1, Math.round(height * 0.08)), cw = Math.max(1, Math.round(width * 0.12));
        var canvas = document.createElement('canvas');
        canvas.width = cw; canvas.height = ch;
        var ctx = canvas.getContext('2d');
        ctx.drawImage(image, left ? 0 : width - cw, 0, cw, ch, 0, 0, cw, ch);
        var data = ctx.getImageData(0, 0, cw, ch).data, r = 0, g = 0, b = 0, n = cw * ch;
        for (var i = 0; i < data.length; i += 4) { r += data[i]; g += data[i + 1]; b += data[i + 2]; }
        return classify(Math.floor(r / n), Math.floor(g / n), Math.floor(b / n));
    }

    /** 'fits', 'wrong', or 'unknown' when the pixels cannot be read (no 2D canvas, pixels withheld by the browser). */
    function background(image, width, height, rule) {
        try {
            var left = corner(image, width, height, true), right = corner(image, width, height, false);
            return left === right && rule.backgrounds.indexOf(left) >= 0 ? 'fits' : 'wrong';
        } catch (e) {
            return 'unknown';
        }
    }

    /** One verdict: the broken rules in the server's order; else "fits", or "cannot judge the background". */
    function verdict(report, problems, backgroundResult, okKey, okValues) {
        if (backgroundResult === 'wrong') { problems.push(text(report, 'background')); }
        if (problems.length > 0) {
            show(report, 'bad', problems.join(' '));
        } else if (backgroundResult === 'unknown') {
            show(report, 'warn', text(report, 'unjudged'));
        } else {
            show(report, 'ok', text(report, okKey, okValues));
        }
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

    function ruleOf(input) {
        var minKb = input.getAttribute('data-min-kb'), maxKb = input.getAttribute('data-max-kb');
        return {
            w: +input.getAttribute('data-photo-width'), h: +input.getAttribute('data-photo-height'),
            exact: input.getAttribute('data-photo-exact') === 'true',
            minKb: minKb, maxKb: maxKb, minBytes: +minKb * KB, maxBytes: +maxKb * KB,
            backgrounds: (input.getAttribute('data-backgrounds') || 'WHITE,BLUE,RED').split(',')
        };
    }

    function bytesProblem(report, rule, size) {
        return size < rule.minBytes || size > rule.maxBytes ? [text(report, 'bytes', [rule.minKb, rule.maxKb, kb(size)])] : [];
    }

    function photo(input) {
        var report = document.getElementById(input.getAttribute('data-report'));
        var tool = document.getElementById(input.getAttribute('data-tool'));
        var rule = ruleOf(input);
        var file = input.files[0];
        if (!file) { return; }
        tool.hidden = true;
        file.arrayBuffer().then(function (buffer) {
            return createImageBitmap(new Blob([buffer]), {imageOrientation: 'from-image'}).then(function (bitmap) {
                if (!isJpeg(buffer)) { // as on the server, nothing else is judged; the tool makes a JPEG of it
                    show(report, 'bad', text(report, 'notjpeg') + ' ' + text(report, 'fit'));
                    openTool(tool, bitmap, rule, input, report);
                    return;
                }
                if (!isComplete(buffer)) { show(report, 'bad', text(report, 'incomplete')); return; }
                var sizeOk = rule.exact ? bitmap.width === rule.w && bitmap.height === rule.h
                    : bitmap.width >= rule.w && bitmap.height >= rule.h;
                var problems = sizeOk ? [] : [text(report, rule.exact ? 'exact' : 'min', [rule.w, rule.h, bitmap.width, bitmap.height])];
                problems = problems.concat(bytesProblem(report, rule, file.size));
                var fixable = problems.length > 0; // the tool fixes pixels and bytes, never the background
                verdict(report, problems, background(bitmap, bitmap.width, bitmap.height, rule), 'ok',
                    [bitmap.width, bitmap.height, kb(file.size)]);
                if (fixable) {
                    report.textContent += ' ' + text(report, 'fit');
                    openTool(tool, bitmap, rule, input, report);
                }
            }, function () { show(report, 'bad', text(report, isJpeg(buffer) ? 'unreadable' : 'notjpeg')); });
        }).catch(function () { show(report, 'bad', text(report, 'unreadable')); });
    }

    /** Crop (zoom and position sliders) and scale to the rule's size; "use" puts the result into the file input. */
    function openTool(tool, bitmap, rule, input, report) {
        var w = rule.w, h = rule.h;
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
            encodeWithin(canvas, rule.minBytes, rule.maxBytes).then(function (blob) {
                replaceFile(input, blob, 'photo.jpg');
                verdict(report, bytesProblem(report, rule, blob.size), background(canvas, w, h, rule), 'ready',
                    [w, h, kb(blob.size)]);
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
            if (isJpeg(buffer) && !isComplete(buffer)) { show(report, 'bad', text(report, 'incomplete')); return; }
            if (isJpeg(buffer) && file.size <= maxBytes) { show(report, 'ok', text(report, 'proofok', [kb(file.size)])); return; }
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
                    show(report, blob.size <= maxBytes ? 'ok' : 'bad', text(report, 'compressed', [kb(file.size), kb(blob.size)]));
                });
            });
        }).catch(function () { show(report, 'bad', text(report, 'unreadable')); });
    }

    document.addEventListener('change', function (event) {
        var input = event.target;
        if (!(input instanceof HTMLInputElement) || input.type !== 'file') { return; }
        if (input.hasAttribute('data-photo-width')) { photo(input); } else if (input.hasAttribute('data-max-kb')) { proof(input); }
    });
}());
