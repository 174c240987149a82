package com.baokao.catalogue;

import com.baokao.platform.InstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The published announcement of an exam session; its HTML is sanitised before it is stored. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @SequenceGenerator(name = "catalogue_seq", sequenceName = "catalogue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_seq")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private ExamSession session;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Convert(converter = InstantConverter.class)
    @Column(name = "published_at")
    private Instant publishedAt;

    protected Notice() {
    }

    Notice(ExamSession session) {
        this.session = session;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ExamSession getSession() {
        return session;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }
}
