package com.baokao.web;

import com.baokao.catalogue.OpenExamsCache;
import com.baokao.catalogue.CatalogueViews.OpenExam;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** index.xhtml: the exams open (or about to open) for registration, with their notices. */
@Named
@RequestScoped
public class HomeView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    OpenExamsCache catalogue;

    private List<OpenExam> openExams;

    public List<OpenExam> getOpenExams() {
        if (openExams == null) {
            openExams = catalogue.openExams();
        }
        return openExams;
    }

    public String when(java.time.LocalDateTime time) {
        return time == null ? "" : WHEN.format(time);
    }
}
