package com.baokao.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * Identity of the rows candidates write (profiles, files, applications, scores): one sequence handing out
 * blocks of 50 ids, so a busy registration day costs one sequence call per 50 inserts per node.
 */
@MappedSuperclass
public abstract class CandidateRow {

    @Id
    @SequenceGenerator(name = "candidate_seq", sequenceName = "candidate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_seq")
    private Long id;

    public Long getId() {
        return id;
    }
}
