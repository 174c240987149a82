package com.baokao.catalogue;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** What pages and the REST API read from the catalogue: plain values, never managed entities. */
public final class CatalogueViews {

    private CatalogueViews() {
    }

    public record NoticeView(long id, String title, String bodyHtml, LocalDateTime publishedAt,
                             List<AttachmentView> attachments) implements Serializable {
    }

    public record AttachmentView(long id, String fileName, long sizeBytes) implements Serializable {

        /** "1.2 MB", "35 KB": what a reader wants to know before downloading. */
        public String size() {
            return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1024.0 / 1024.0)
                    : Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
    }

    /** An attachment's file, for download. */
    public record AttachmentFile(String fileName, String contentType, byte[] content) {
    }

    /** An exam on the public home page, with its registration window in Shanghai time. */
    public record OpenExam(long id, String code, String name, String occupation, LocalDateTime registrationOpens,
                           LocalDateTime registrationCloses, Window.Phase phase, List<String> levels,
                           List<NoticeView> notices, boolean cancelled) implements Serializable {
    }

    public record SessionRow(long id, String code, String name, String occupation, LocalDateTime registrationOpens,
                             LocalDateTime registrationCloses, boolean published, long subjects) implements Serializable {
    }

    /**
     * A subject; {@code sittings} are its later sittings (批次) 2, 3 ... in order, sitting 1 being {@code startsAt}.
     */
    public record SubjectView(long id, String code, String name, String specialty, LocalDateTime startsAt,
                              int durationMinutes, boolean computerBased, long feeFen, boolean cancelled,
                              List<SittingView> sittings) implements Serializable {
    }

    /** A later sitting of a subject, with how many candidates are seated in it; only the last may be removed. */
    public record SittingView(long id, int sitting, LocalDateTime startsAt, LocalDateTime endsAt, long seats,
                              boolean last) implements Serializable {
    }

    public record SpecialtyView(long id, String code, String name) implements Serializable {
    }

    public record LevelView(long id, String code, String name, List<SpecialtyView> specialties,
                            List<SubjectView> subjects, List<String> eligibilityConditions) implements Serializable {
    }

    /** {@code version}: the rule's optimistic version, which a save of the rule names (changed meanwhile otherwise). */
    public record RegionRuleView(long regionId, String region, int reviewLevels, boolean reviewAfterExam,
                                 ConfirmationMode confirmationMode, boolean onlinePayment, long version) implements Serializable {
    }

    /** {@code version}: the rule's optimistic version, which a save of the rule names (changed meanwhile otherwise). */
    public record ProofRuleView(ProofKind kind, int maxKb, boolean required, long version) implements Serializable {
    }

    /** {@code examDayRules}: one paragraph a line, {@code null} for the standard rules. */
    public record SessionDetail(long id, long version, SessionForm form, boolean published, List<LevelView> levels,
                                List<RegionRuleView> regionRules, List<ProofRuleView> proofRules,
                                List<NoticeView> notices, boolean cancelled, String examDayRules) implements Serializable {
    }

    public record RegionRow(long id, String code, String name, Long parentId, String parentName) implements Serializable {
    }

    public record ReviewPointRow(long id, String name, String region) implements Serializable {
    }

    public record RoomRow(long id, String name, int capacity, boolean computerRoom, long version) implements Serializable {
    }

    public record SiteRow(long id, String code, String name, String address, long regionId, String region,
                          boolean registrationPoint, long version, List<RoomRow> rooms) implements Serializable {

        public int seats() {
            return rooms.stream().mapToInt(RoomRow::capacity).sum();
        }
    }
}
