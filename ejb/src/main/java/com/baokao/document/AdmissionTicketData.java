package com.baokao.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on an admission ticket (准考证), taken from the stored seat assignment; {@link AdmissionTicketPdf}
 * only lays it out. Nothing here depends on when the ticket is printed, so every reprint is the same PDF.
 *
 * @param candidateName  the candidate's name as on the ID card; may contain CJK Extension B–F characters
 * @param idNumber       the full ID number: staff check it against the ID card at the door
 * @param photoJpeg      the ID photo as stored (JPEG); {@code null} prints an empty photo box
 * @param sessionName    e.g. "2026 年上半年二级建造师执业资格考试"
 * @param sessionCode    the exam session code, e.g. "HM2026B"
 * @param ticketNumber   the ticket number (准考证号) as printed, e.g. "HM2026B-50-00000001"
 * @param serialNumber   the registration serial number (报名流水号)
 * @param siteName       the exam site (考点)
 * @param siteAddress    the site's address
 * @param sittings       one line per subject sitting, in display order (usually by start time)
 * @param rules          the exam-day rules (考生须知), one paragraph each, printed numbered
 * @param qrToken        the signed token the QR code carries ({@code com.baokao.seating.TicketToken#sign})
 */
public record AdmissionTicketData(
        String candidateName, String idNumber, byte[] photoJpeg,
        String sessionName, String sessionCode, String ticketNumber, String serialNumber,
        String siteName, String siteAddress,
        List<Sitting> sittings, List<String> rules, String qrToken) {

    public AdmissionTicketData {
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(qrToken, "qrToken");
        sittings = sittings == null ? List.of() : List.copyOf(sittings);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * One subject sitting: times are instants, printed in Asia/Shanghai whatever the server's zone.
     *
     * @param seatNumber 1.. within the room
     */
    public record Sitting(String subjectName, Instant startsAt, Instant endsAt, String roomName, int seatNumber) {

        public Sitting {
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
        }
    }
}
