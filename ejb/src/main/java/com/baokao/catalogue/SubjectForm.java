package com.baokao.catalogue;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What an administrator enters to add a subject to a level: the fee as typed, in yuan ({@code 175}, {@code 175.50},
 * {@code ¥175.00}), read by {@link com.baokao.platform.Money#parse}. {@link SessionTreeService#addSubject(SubjectForm)}
 * refuses it with every problem at once; the fields are {@code level}, {@code specialty}, {@code subjectCode},
 * {@code subjectName}, {@code startsAt}, {@code duration} and {@code fee}.
 *
 * @param startsAt        Asia/Shanghai wall-clock time of the first sitting
 * @param specialtyId     {@code null}: the subject is taken in every specialty of the level
 */
public record SubjectForm(Long levelId, Long specialtyId, String code, String name, LocalDateTime startsAt,
                          Integer durationMinutes, boolean computerBased, String fee) implements Serializable {
}
