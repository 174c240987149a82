package com.baokao.application;

import com.baokao.catalogue.PhotoRule;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Whether a stored photo fits an exam's photo rule, remembered by the photo's content hash and the rule's settings:
 * the same bytes under the same rule always give the same answer, and deciding it means decoding the whole JPEG
 * (in a flight recording of the registration-day benchmark, decoding photos for application views, which every
 * view, list and submit shows, was about 5 % of the server's samples). A rule changed by an administrator is a new key, so it is checked afresh.
 */
final class PhotoChecks {

    /** Entries kept before starting over: about 200 bytes each, so at most a few MB. */
    static final int MAX_ENTRIES = 20_000;

    private final Map<String, ApplicationView.PhotoCheck> known = new ConcurrentHashMap<>();

    ApplicationView.PhotoCheck check(String photoSha256, PhotoRule rule, Supplier<ApplicationView.PhotoCheck> inspect) {
        String key = photoSha256 + '|' + rule.getWidth() + 'x' + rule.getHeight() + '|' + rule.isExactSize() + '|'
                + rule.getMinKb() + '-' + rule.getMaxKb() + '|' + rule.getBackgrounds();
        ApplicationView.PhotoCheck check = known.get(key);
        if (check == null) {
            check = inspect.get();
            if (known.size() >= MAX_ENTRIES) {
                known.clear(); // cheaper than an LRU's bookkeeping on every view; refilled by the next views
            }
            known.put(key, check);
        }
        return check;
    }

    int size() {
        return known.size();
    }
}
