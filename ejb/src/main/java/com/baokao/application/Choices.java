package com.baokao.application;

import java.io.Serializable;
import java.time.LocalDate;

/** What the candidate picks and fills in on the application page; ids of catalogue rows, any of them may be unset in a draft. */
public record Choices(Long reviewPointId, Long siteId, Long levelId, Long specialtyId, Long conditionId,
                      String certificateNumber, LocalDate certificateDate, LocalDate residencyTrainingDate) implements Serializable {

    public static Choices none() {
        return new Choices(null, null, null, null, null, null, null, null);
    }
}
