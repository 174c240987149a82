package com.baokao.demo;

import com.baokao.account.ResidentIdNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The demo's exam in its ticket-printing window (HR2026D, {@link DemoCatalogue}): the demo candidate 李娜 and a
 * room's worth of other candidates have paid, with their ID photos, so that the nightly seat assignment (which runs
 * at start-up for a night the server missed) gives them seats, tickets and sign-in sheets a new user can look at.
 * Written directly, as an exam centre's import of earlier registrations would: the registration window of this
 * exam is over, so the candidates' own path through the pages is no longer open.
 */
@Stateless
@RolesAllowed("ADMIN")
public class DemoTicketHolders {

    /** Demo ids far above the sequences' ranges, so they never meet an id the application gives. */
    private static final long FIRST_ID = 900_000_000_000L;
    private static final List<String> NAMES = List.of("张伟", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰",
            "吴婷", "徐强", "孙丽", "马超", "朱琳", "胡斌", "郭蕾", "何鹏", "高雪", "林涛", "罗娟", "郑凯", "梁爽",
            "谢军", "宋佳", "唐亮", "韩梅", "冯刚", "邓颖", "曹阳", "彭程", "曾珂", "萧𠀾宁");

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    /** Seeds the paid applications of session {@code sessionCode} at site {@code siteCode}. */
    public void seed(String sessionCode, String siteCode, String loginIdNumber) {
        long session = id("select id from exam_session where code = ?", sessionCode);
        long site = id("select id from exam_site where code = ?", siteCode);
        long chongqing = id("select id from region where code = '50'");
        long level = id("select id from exam_level where session_id = ?", session);
        @SuppressWarnings("unchecked")
        List<Number> subjects = em.createNativeQuery("select id from subject where level_id = ? order by starts_at")
                .setParameter(1, level).getResultList();
        long login = id("select id from account where id_number = ?", loginIdNumber);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        long next = FIRST_ID;
        long serial = 700_001;
        for (int i = 0; i <= NAMES.size(); i++) {
            long account;
            if (i == 0) {
                account = login;
            } else {
                account = next++;
                String idNumber = residentId(500106, LocalDate.of(1980 + i % 20, 1 + i % 12, 1 + i % 27), i);
                em.createNativeQuery("insert into account (id, role, id_type, id_number, full_name, sex, birth_date,"
                                + " phone, email, password_hash, created_at, version) values (?, 'CANDIDATE', 'RESIDENT_ID',"
                                + " ?, ?, ?, ?, '13900000000', ?, 'no password: an imported demo candidate', ?, 1)")
                        .setParameter(1, account).setParameter(2, idNumber).setParameter(3, NAMES.get(i - 1))
                        .setParameter(4, i % 2 == 1 ? "MALE" : "FEMALE")
                        .setParameter(5, LocalDate.of(1980 + i % 20, 1 + i % 12, 1 + i % 27))
                        .setParameter(6, "demo" + i + "@baokao.example").setParameter(7, now).executeUpdate();
            }
            byte[] photo = photo(i);
            long file = next++;
            em.createNativeQuery("insert into stored_file (id, owner_account_id, purpose, content_type, size_bytes, sha256,"
                            + " width, height, uploaded_at, content) values (?, ?, 'EXAM_PHOTO', 'image/jpeg', ?, ?, 260, 360, ?, ?)")
                    .setParameter(1, file).setParameter(2, account).setParameter(3, photo.length)
                    .setParameter(4, com.baokao.platform.Sha256.hex(photo)).setParameter(5, now)
                    .setParameter(6, photo).executeUpdate();
            long application = next++;
            em.createNativeQuery("insert into application (id, account_id, session_id, status, pledge_accepted_at,"
                            + " region_id, site_id, level_id, exam_photo_file_id, candidate_type, serial_number,"
                            + " first_submitted_at, submitted_at, changed_at, version)"
                            + " values (?, ?, ?, 'PAID', ?, ?, ?, ?, ?, 'FIRST_TIME', ?, ?, ?, ?, 1)")
                    .setParameter(1, application).setParameter(2, account).setParameter(3, session)
                    .setParameter(4, now.minusDays(30)).setParameter(5, chongqing).setParameter(6, site)
                    .setParameter(7, level).setParameter(8, file).setParameter(9, serial++)
                    .setParameter(10, now.minusDays(30)).setParameter(11, now.minusDays(30)).setParameter(12, now)
                    .executeUpdate();
            for (Number subject : subjects) {
                em.createNativeQuery("insert into application_subject (id, application_id, subject_id, carried_over)"
                                + " values (?, ?, ?, false)")
                        .setParameter(1, next++).setParameter(2, application).setParameter(3, subject.longValue())
                        .executeUpdate();
            }
        }
    }

    private long id(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String residentId(int area, LocalDate birth, int sequence) {
        String first17 = String.format("%06d%04d%02d%02d%03d", area, birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 100 + sequence);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /**
     * An ID-photo likeness, 260×360 on a blue background, a little different for each candidate, that fits the demo
     * exams' photo rule (15–45 KB): a film grain and a high JPEG quality give it the size of a real photo (about 23 KB),
     * where the flat drawing alone is about 4 KB and the application page would say the photo is too small.
     */
    static byte[] photo(int seed) {
        BufferedImage image = drawing(seed);
        Random grain = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int shift = grain.nextInt(7) - 3;
                int rgb = image.getRGB(x, y);
                image.setRGB(x, y, channel(rgb >> 16, shift) << 16 | channel(rgb >> 8, shift) << 8 | channel(rgb, shift));
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam quality = writer.getDefaultWriteParam();
        quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        quality.setCompressionQuality(0.95f);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), quality);
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /**
     * The flat drawing alone (about 4 KB): the load benchmark's crowd of thousands stores one each, and its exams take
     * 1–100 KB, so the benchmark's database stays the size its recorded runs had.
     */
    static byte[] flatPhoto(int seed) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(drawing(seed), "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int channel(int value, int shift) {
        return Math.max(0, Math.min(255, (value & 0xff) + shift));
    }

    private static BufferedImage drawing(int seed) {
        BufferedImage image = new BufferedImage(260, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(67, 142, 219));
        g.fillRect(0, 0, 260, 360);
        g.setColor(new Color(40 + seed * 5 % 60, 40 + seed * 3 % 50, 60 + seed * 7 % 80));
        g.fillRoundRect(40, 250, 180, 160, 80, 80);
        g.setColor(new Color(236 - seed % 20, 200 - seed % 30, 170 - seed % 25));
        g.fillOval(80, 95, 100, 130);
        g.setColor(new Color(30 + seed % 40, 25, 20));
        g.fillArc(76, 80, 108, 80, 0, 180);
        g.dispose();
        return image;
    }
}
