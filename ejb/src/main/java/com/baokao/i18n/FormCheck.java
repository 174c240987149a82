package com.baokao.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks a form field by field and refuses it once, with every problem found ({@link InvalidFormException}),
 * instead of stopping at the first. The checks are the ordinary rules that throw a {@link BaokaoException}; this
 * only keeps going after one says no. Use one per request; it is not shared.
 *
 * <pre>{@code
 * FormCheck check = new FormCheck();
 * check.required("level", levelId);
 * String code = check.value(() -> requireCode("subjectCode", form.code()));
 * Money fee = check.value(() -> Money.parse("fee", form.fee()));
 * check.done(); // throws InvalidFormException if anything above said no
 * }</pre>
 */
public final class FormCheck {

    private final List<BaokaoException> problems = new ArrayList<>();

    /** What the rule returns, or {@code null} when it refused (the refusal is kept for {@link #done()}). */
    public <T> T value(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (BaokaoException e) {
            refuse(e);
            return null;
        }
    }

    /** Runs a rule that returns nothing; a refusal is kept for {@link #done()}. */
    public void rule(Runnable rule) {
        try {
            rule.run();
        } catch (BaokaoException e) {
            refuse(e);
        }
    }

    /** The value, or a "required" refusal at {@code field} when it is missing (null or blank text). */
    public <T> T required(String field, T value) {
        return required(field, value, "field.required");
    }

    /** As {@link #required(String, Object)}, with a sentence of its own. */
    public <T> T required(String field, T value, String messageKey) {
        if (value == null || value instanceof String text && text.isBlank()) {
            refuse(BaokaoException.at(field, messageKey));
            return null;
        }
        return value;
    }

    /** Keeps a refusal found another way; a refused sub-form counts with each of its problems. */
    public void refuse(BaokaoException problem) {
        problems.addAll(problem.problems());
    }

    /** Refuses the form with every problem found so far; returns quietly when there is none. */
    public void done() {
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
    }
}
