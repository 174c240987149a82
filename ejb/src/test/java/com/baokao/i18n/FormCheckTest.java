package com.baokao.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FormCheckTest {

    private static String positive(String field, int n) {
        if (n <= 0) {
            throw BaokaoException.at(field, "room.capacity.invalid");
        }
        return "ok";
    }

    @Test
    void aFormWithoutProblemsPasses() {
        FormCheck check = new FormCheck();
        assertThat(check.value(() -> positive("capacity", 3))).isEqualTo("ok");
        assertThat(check.required("name", "张三")).isEqualTo("张三");

        assertThatCode(check::done).doesNotThrowAnyException();
    }

    @Test
    void everyProblemIsReportedAtOnceInTheOrderOfTheFields() {
        FormCheck check = new FormCheck();
        check.required("level", null);
        assertThat(check.value(() -> positive("capacity", 0))).isNull();
        check.required("name", "  ");
        check.required("startsAt", null, "subject.start.required");
        check.rule(() -> positive("other", 1));

        InvalidFormException e = catchThrowableOfType(InvalidFormException.class, check::done);

        assertThat(e.problems()).extracting(BaokaoException::getField).containsExactly("level", "capacity", "name", "startsAt");
        assertThat(e.problems()).extracting(BaokaoException::getMessageKey)
                .containsExactly("field.required", "room.capacity.invalid", "field.required", "subject.start.required");
        // a front end that shows one sentence shows the first problem
        assertThat(e.getField()).isEqualTo("level");
        assertThat(UserMessages.format(Locale.SIMPLIFIED_CHINESE, e)).isEqualTo("此项必填。");
        assertThat(e.getMessage()).contains("level", "capacity", "name", "startsAt");
    }

    @Test
    void aRefusedSubFormCountsWithEachOfItsProblems() {
        FormCheck check = new FormCheck();
        check.refuse(new InvalidFormException(List.of(BaokaoException.at("a", "field.required"),
                BaokaoException.at("b", "field.required"))));
        check.refuse(BaokaoException.at("c", "field.required"));

        assertThatThrownBy(check::done).isInstanceOfSatisfying(InvalidFormException.class,
                e -> assertThat(e.problems()).extracting(BaokaoException::getField).containsExactly("a", "b", "c"));
    }

    @Test
    void somethingOtherThanARefusalIsNotSwallowed() {
        FormCheck check = new FormCheck();

        assertThatThrownBy(() -> check.value(() -> {
            throw new IllegalStateException("a bug, not a refusal");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRefusedFormHasAtLeastOneProblem() {
        assertThatThrownBy(() -> new InvalidFormException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
