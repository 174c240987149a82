package com.baokao.application;

import java.io.Serializable;
import java.util.List;

/**
 * One application as the personal centre lists it: what it is for, where it stands and its timeline. Read without
 * the photo, the proofs or the registration form (issue 18: the centre is the most viewed signed-in page, and the
 * full {@link ApplicationView} decodes the photo and signs the form for each application).
 */
public record ApplicationSummary(long id, String examCode, String examName, ApplicationStatus status,
                                 String serialNumber, String region, String level, List<ApplicationView.Step> timeline)
        implements Serializable {
}
