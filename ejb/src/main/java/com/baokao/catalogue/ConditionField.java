package com.baokao.catalogue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A field an eligibility condition makes required in the application, e.g. "held a level-4 certificate for
 * 4 years" needs that certificate's number and date.
 */
public enum ConditionField {
    CERTIFICATE_NUMBER,
    CERTIFICATE_DATE,
    RESIDENCY_TRAINING_DATE;

    static Set<ConditionField> parse(String stored) {
        Set<ConditionField> fields = EnumSet.noneOf(ConditionField.class);
        if (stored != null) {
            Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(ConditionField::valueOf).forEach(fields::add);
        }
        return fields;
    }

    static String format(Set<ConditionField> fields) {
        return fields == null ? "" : fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
