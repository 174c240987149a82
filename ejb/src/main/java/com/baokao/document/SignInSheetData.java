package com.baokao.document;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on the sign-in sheet (签到表) of one exam room at one sitting, taken from the stored seat
 * assignments; {@link SignInSheetPdf} only lays it out. Nothing here depends on when the sheet is printed, so the
 * same seats give the same PDF.
 *
 * @param sessionName e.g. "2026 年度二级建造师执业资格考试"
 * @param sessionCode the exam session code, e.g. "HM2026B"
 * @param siteName    the exam site (考点)
 * @param siteAddress the site's address
 * @param roomName    the room (考场), e.g. "第 012 考场"
 * @param sitting     the subjects and times of this sitting
 * @param rows        one per seated candidate; kept sorted by seat number, whatever order they are given in
 */
public record SignInSheetData(
        String sessionName, String sessionCode, String siteName, String siteAddress, String roomName,
        Sitting sitting, List<Row> rows) {

    public SignInSheetData {
        Objects.requireNonNull(sessionCode, "sessionCode");
        Objects.requireNonNull(roomName, "roomName");
        Objects.requireNonNull(sitting, "sitting");
        rows = rows == null ? List.of()
                : rows.stream().sorted(Comparator.comparingInt(Row::seatNumber)).toList();
    }

    /**
     * The sitting the sheet is for: times are instants, printed in Asia/Shanghai whatever the server's zone.
     *
     * @param subjectNames the subjects sat in the room at this time, as one line, e.g. "理论知识 / 实务操作"
     */
    public record Sitting(String subjectNames, Instant startsAt, Instant endsAt) {

        public Sitting {
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
        }
    }

    /**
     * One seat of the room and who sits there.
     *
     * @param seatNumber     1.. within the room
     * @param candidateName  as on the ID card; may contain CJK Extension B–F characters
     * @param maskedIdNumber the ID number as it may be shown on a sheet on the desk, e.g. "500106********002X";
     *                       printed as given
     * @param ticketNumber   the admission ticket number (准考证号)
     * @param photoJpeg      the ID photo as stored (JPEG), placed as is; {@code null} prints 无照片. Not copied.
     * @param subjectName    the subject this candidate sits
     */
    public record Row(int seatNumber, String candidateName, String maskedIdNumber, String ticketNumber,
            byte[] photoJpeg, String subjectName) {

        public Row {
            if (seatNumber < 1) {
                throw new IllegalArgumentException("seatNumber must be 1 or more: " + seatNumber);
            }
            Objects.requireNonNull(candidateName, "candidateName");
            Objects.requireNonNull(ticketNumber, "ticketNumber");
        }
    }
}
