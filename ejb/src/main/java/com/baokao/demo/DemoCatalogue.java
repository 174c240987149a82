package com.baokao.demo;

import com.baokao.catalogue.ConfirmationMode;
import com.baokao.catalogue.NoticeService;
import com.baokao.catalogue.PlacesService;
import com.baokao.catalogue.ProofKind;
import com.baokao.catalogue.SessionForm;
import com.baokao.catalogue.SessionTreeService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The demo exam catalogue: Chongqing and Beijing with sites and rooms; a health-manager level-3 session
 * modelled on seed 002 (260x360 px photo of 15-45 KB, approved profile required, online confirmation)
 * and a registered-safety-engineer session modelled on seed 001 (two-level review, scores valid 4 years,
 * two subjects), and an HR-manager session whose admission tickets can be printed now. Dates are placed around today so that registration is open whenever the demo starts.
 */
final class DemoCatalogue {

    private final PlacesService places;
    private final SessionTreeService sessionTree;
    private final NoticeService notices;
    private final LocalDate today;

    DemoCatalogue(PlacesService places, SessionTreeService sessionTree, NoticeService notices, Clock clock) {
        this.places = places;
        this.sessionTree = sessionTree;
        this.notices = notices;
        this.today = LocalDate.now(clock);
    }

    private LocalDateTime day(int offset, int hour) {
        return LocalDateTime.of(today.plusDays(offset), LocalTime.of(hour, 0));
    }

    void load() {
        long chongqing = places.createRegion("50", "重庆市", null);
        long yuzhong = places.createRegion("500103", "渝中区", chongqing);
        long shapingba = places.createRegion("500106", "沙坪坝区", chongqing);
        long jiangbei = places.createRegion("500105", "江北区", chongqing);
        long beijing = places.createRegion("11", "北京市", null);
        long dongcheng = places.createRegion("110101", "东城区", beijing);

        places.createReviewPoint(yuzhong, "重庆市职业技能鉴定指导中心", "重庆市渝中区长江一路 58 号");
        places.createReviewPoint(dongcheng, "北京市人事考试中心", "北京市东城区东四十条 22 号");

        long cq01 = places.createSite(shapingba, "CQ01", "重庆工商职业学院考点", "重庆市沙坪坝区大学城东路 11 号", false);
        long cq02 = places.createSite(yuzhong, "CQ02", "重庆市渝中职业教育中心考点", "重庆市渝中区大坪正街 160 号", true);
        long cq03 = places.createSite(jiangbei, "CQ03", "重庆市江北区职业技能鉴定所考点", "重庆市江北区建新北路 68 号", false);
        long bj01 = places.createSite(dongcheng, "BJ01", "北京市第二十四中学考点", "北京市东城区东四十条 56 号", false);
        places.createRoom(cq01, "机房 101", 40, true);
        places.createRoom(cq01, "机房 102", 40, true);
        places.createRoom(cq01, "第 201 考场", 30, false);
        places.createRoom(cq02, "机房 A", 35, true);
        places.createRoom(cq02, "第 1 考场", 30, false);
        places.createRoom(cq03, "机房 1", 50, true);
        places.createRoom(bj01, "第 1 考场", 30, false);
        places.createRoom(bj01, "第 2 考场", 30, false);

        long healthManager = sessionTree.createSession(new SessionForm("HM2026B", "2026 年下半年健康管理师（三级）职业技能等级认定",
                "健康管理师", day(-5, 9), day(15, 17), day(18, 17), day(20, 17), day(25, 17), day(40, 9), day(47, 9),
                day(75, 9), true, null, 260, 360, true, 15, 45, "WHITE,BLUE", true, false, true));
        long level3 = sessionTree.addLevel(healthManager, "3", "三级");
        sessionTree.addEligibilityCondition(level3, "取得相关职业四级/中级工职业资格证书（技能等级证书）后，累计从事本职业工作 4 年（含）以上",
                java.util.EnumSet.of(com.baokao.catalogue.ConditionField.CERTIFICATE_NUMBER, com.baokao.catalogue.ConditionField.CERTIFICATE_DATE));
        sessionTree.addEligibilityCondition(level3, "累计从事本职业或相关职业工作 6 年（含）以上");
        sessionTree.addEligibilityCondition(level3, "具有大专及以上医学、药学、护理等相关专业学历");
        sessionTree.addSubject(level3, null, "T", "理论知识", LocalDateTime.of(today.plusDays(50), LocalTime.of(9, 0)), 90, true, 17500);
        sessionTree.addSubject(level3, null, "S", "技能操作", LocalDateTime.of(today.plusDays(50), LocalTime.of(14, 0)), 120, true, 17500);
        sessionTree.setRegionRule(healthManager, chongqing, 1, false, ConfirmationMode.ONLINE, true);
        sessionTree.setProofRule(healthManager, ProofKind.ID_CARD_FRONT, 100, true);
        sessionTree.setProofRule(healthManager, ProofKind.EDUCATION, 200, true);
        // not asked of medical majors with a college degree or above: the session's last setting above (seed 002)
        sessionTree.setProofRule(healthManager, ProofKind.WORK, 200, true);
        notices.publishNotice(healthManager, "关于 2026 年下半年健康管理师职业技能等级认定报名的通知",
                "<h3>一、报名时间</h3><p>网上报名于认定公告规定时间内进行，逾期不予受理。</p>"
                        + "<h3>二、照片要求</h3><p>近期免冠证件照，JPG 格式，<strong>260×360 像素，15–45 KB</strong>，白色或蓝色背景。</p>"
                        + "<h3>三、报名流程</h3><ol><li>注册账号并完善个人信息</li><li>上传照片和证明材料</li>"
                        + "<li>选择考区、考点、级别并提交</li><li>审核通过后缴费</li></ol>",
                day(-5, 9).atZone(com.baokao.platform.BusinessTime.ZONE).toInstant());
        sessionTree.publish(healthManager, true);

        long safety = sessionTree.createSession(new SessionForm("SE2026", "2026 年度中级注册安全工程师职业资格考试",
                "注册安全工程师", day(-3, 9), day(20, 17), day(22, 17), day(24, 17), day(28, 17), day(45, 9), day(52, 9),
                day(90, 9), false, 4, 295, 413, false, 30, 200, "WHITE,BLUE,RED", false, false, false));
        long intermediate = sessionTree.addLevel(safety, "M", "中级");
        long chemical = sessionTree.addSpecialty(intermediate, "HG", "化工安全");
        sessionTree.addEligibilityCondition(intermediate, "具有安全工程及相关专业大学专科学历，从事安全生产业务满 5 年");
        sessionTree.addEligibilityCondition(intermediate, "具有安全工程及相关专业大学本科学历，从事安全生产业务满 3 年");
        sessionTree.addSubject(intermediate, null, "1", "安全生产法律法规", LocalDateTime.of(today.plusDays(60), LocalTime.of(9, 0)), 150, true, 6500);
        sessionTree.addSubject(intermediate, chemical, "4", "安全生产专业实务（化工安全）", LocalDateTime.of(today.plusDays(61), LocalTime.of(9, 0)), 150, true, 6500);
        sessionTree.setRegionRule(safety, beijing, 2, false, ConfirmationMode.ON_SITE, true);
        sessionTree.setRegionRule(safety, chongqing, 2, false, ConfirmationMode.ONLINE, true);
        sessionTree.setProofRule(safety, ProofKind.EDUCATION, 200, true);
        sessionTree.publish(safety, true);

        // seed 000's e-commerce exam: registration only at the desks of the review points (现场报名), refused online
        // with the points named (DemoPeople#seedDesk marks it); one review level, confirmed online, fee paid at the desk
        long commerce = sessionTree.createSession(new SessionForm(DESK_SESSION, "2026 年电子商务师（四级）职业技能等级认定（现场报名）",
                "电子商务师", day(-2, 9), day(20, 17), day(22, 17), day(24, 17), day(28, 17), day(45, 9), day(52, 9),
                day(90, 9), false, null, 260, 360, true, 15, 45, "WHITE,BLUE", false, false, false));
        long commerceLevel = sessionTree.addLevel(commerce, "4", "四级");
        sessionTree.addEligibilityCondition(commerceLevel, "累计从事本职业或相关职业工作 1 年（含）以上");
        sessionTree.addSubject(commerceLevel, null, "T", "理论知识", LocalDateTime.of(today.plusDays(60), LocalTime.of(9, 0)), 90, true, 8000);
        sessionTree.setRegionRule(commerce, chongqing, 1, false, ConfirmationMode.ONLINE, true);
        sessionTree.publish(commerce, true);

        // an exam whose registration is over and whose admission tickets can be printed now (seed 002: computer-based
        // theory in two batches when the computer rooms are short)
        long hr = sessionTree.createSession(new SessionForm(TICKET_SESSION, "2026 年第四季度企业人力资源管理师（四级）职业技能等级认定",
                "企业人力资源管理师", day(-40, 9), day(-25, 17), day(-23, 17), day(-21, 17), day(-14, 17), day(-2, 9),
                day(6, 17), day(40, 9), false, null, 260, 360, true, 15, 45, "WHITE,BLUE", false, false, true));
        long hrLevel = sessionTree.addLevel(hr, "4", "四级");
        sessionTree.addEligibilityCondition(hrLevel, "累计从事本职业或相关职业工作 1 年（含）以上");
        sessionTree.addSubject(hrLevel, null, "T", "理论知识", LocalDateTime.of(today.plusDays(5), LocalTime.of(9, 0)), 90, true, 9000);
        sessionTree.addSubject(hrLevel, null, "S", "技能操作", LocalDateTime.of(today.plusDays(5), LocalTime.of(14, 0)), 120, false, 9000);
        sessionTree.setRegionRule(hr, chongqing, 1, false, ConfirmationMode.ONLINE, true);
        sessionTree.publish(hr, true);

        // the quarter before: sat two months ago, scores imported and released (DemoResults); a pass counts a year
        long past = sessionTree.createSession(new SessionForm(RESULTS_SESSION, "2026 年第三季度企业人力资源管理师（四级）职业技能等级认定",
                "企业人力资源管理师", day(-130, 9), day(-115, 17), day(-113, 17), day(-111, 17), day(-104, 17), day(-70, 9),
                day(-61, 17), day(-30, 9), false, 1, 260, 360, true, 15, 45, "WHITE,BLUE", false, false, true));
        long pastLevel = sessionTree.addLevel(past, "4", "四级");
        sessionTree.addEligibilityCondition(pastLevel, "累计从事本职业或相关职业工作 1 年（含）以上");
        sessionTree.addSubject(pastLevel, null, "T", "理论知识", LocalDateTime.of(today.minusDays(62), LocalTime.of(9, 0)), 90, true, 9000);
        sessionTree.addSubject(pastLevel, null, "S", "技能操作", LocalDateTime.of(today.minusDays(62), LocalTime.of(14, 0)), 120, false, 9000);
        sessionTree.setRegionRule(past, chongqing, 1, false, ConfirmationMode.ONLINE, true);
        sessionTree.publish(past, true);
    }

    /** The demo exam taken only at the walk-in desks (seed 000's e-commerce exam). */
    static final String DESK_SESSION = "EC2026";

    /** The demo exam whose scores are released; its candidates and scores are seeded by {@link DemoResults}. */
    static final String RESULTS_SESSION = "HR2026C";

    /** The demo exam in its ticket-printing window; its candidates are seeded by {@link DemoTicketHolders}. */
    static final String TICKET_SESSION = "HR2026D";
    /** The site where they sit. */
    static final String TICKET_SITE = "CQ01";
}
