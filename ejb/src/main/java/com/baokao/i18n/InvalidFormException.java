package com.baokao.i18n;

import java.util.List;

/**
 * Several fields of one form refused at once, so that a person corrects them in one go instead of meeting them
 * one per attempt. It reads like its first problem, for a front end that shows one sentence;
 * {@link #problems()} lists all of them, each with its field. Built by {@link FormCheck}.
 */
public class InvalidFormException extends BaokaoException {

    private static final long serialVersionUID = 1L;

    private final List<BaokaoException> problems;

    public InvalidFormException(List<BaokaoException> problems) {
        super(first(problems).getField(), first(problems).getMessageKey(), first(problems).getMessageArgs());
        this.problems = List.copyOf(problems);
    }

    private static BaokaoException first(List<BaokaoException> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused form has at least one problem");
        }
        return problems.get(0);
    }

    /** Every problem, in the order of the form's fields; never empty. */
    @Override
    public List<BaokaoException> problems() {
        return problems;
    }

    /** All problems, for a log line. */
    @Override
    public String getMessage() {
        return problems.stream().map(p -> p.getField() + ": " + p.getMessage()).toList().toString();
    }
}
