package com.baokao.application;

import com.baokao.catalogue.ConditionField;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lists the application page offers for the draft's region and the chosen level, and the places left at each
 * site that has a number of places (a site absent from {@code placesLeft} takes everyone).
 */
public record ApplicationOptions(List<Option> reviewPoints, List<Option> sites, List<Option> levels,
                                 List<Option> specialties, List<ConditionOption> conditions,
                                 Map<Long, Integer> placesLeft) implements Serializable {

    public record Option(long id, String label) implements Serializable {
    }

    public record ConditionOption(long id, String label, Set<ConditionField> requiredFields) implements Serializable {
    }
}
