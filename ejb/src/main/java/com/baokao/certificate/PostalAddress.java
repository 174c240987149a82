package com.baokao.certificate;

import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.FormCheck;
import com.baokao.i18n.FreeText;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a certificate is posted, cash on delivery (邮寄到付): a mainland address (province from the fixed list of the
 * 31 provincial-level divisions, city, district, the street detail, a 6-digit postcode), the recipient and a phone the
 * courier can call (a mobile number or a landline with its area code). {@link #checked} refuses every problem at once.
 */
public record PostalAddress(String recipient, String phone, String province, String city, String district,
                            String detail, String postcode) implements Serializable {

    /** Mainland China's provincial-level divisions, in the national standard's order (GB/T 2260). */
    public static final List<String> PROVINCES = List.of(
            "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省",
            "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
            "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区",
            "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区");

    static final int RECIPIENT_MAX = 30;
    static final int CITY_MAX = 30;
    static final int DISTRICT_MAX = 30;
    static final int DETAIL_MIN = 4;
    static final int DETAIL_MAX = 120;

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** Area code (010, 02x, 0xxx), 7 or 8 digits, an optional extension. */
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-\\d{7,8}(-\\d{1,6})?");
    private static final Pattern POSTCODE = Pattern.compile("\\d{6}");

    /** The address as typed, cleaned and checked; refused with every problem found, each at its field. */
    public static PostalAddress checked(String recipient, String phone, String province, String city, String district,
                                        String detail, String postcode) {
        FormCheck check = new FormCheck();
        String name = check.value(() -> FreeText.field("recipient", recipient, RECIPIENT_MAX, true));
        String number = check.value(() -> phone(phone));
        String prov = check.value(() -> province(province));
        String c = check.value(() -> FreeText.field("city", city, CITY_MAX, true));
        String d = check.value(() -> FreeText.field("district", district, DISTRICT_MAX, true));
        String street = check.value(() -> detail(detail));
        String code = check.value(() -> postcode(postcode));
        check.done();
        return new PostalAddress(name, number, prov, c, d, street, code);
    }

    /** A mobile number (spaces, hyphens and +86 allowed) or a landline written with its area code and a hyphen. */
    static String phone(String raw) {
        String text = FreeText.clean(raw).replace(" ", "").replace("－", "-");
        if (text.isEmpty()) {
            throw BaokaoException.at("phone", "certificate.phone.required");
        }
        String digits = text.startsWith("+86") ? text.substring(3) : text;
        String mobile = digits.replace("-", "");
        if (MOBILE.matcher(mobile).matches()) {
            return mobile;
        }
        if (LANDLINE.matcher(digits).matches()) {
            return digits;
        }
        throw BaokaoException.at("phone", "certificate.phone.format");
    }

    static String province(String raw) {
        String text = FreeText.clean(raw);
        if (text.isEmpty()) {
            throw BaokaoException.at("province", "field.required");
        }
        if (!PROVINCES.contains(text)) {
            throw BaokaoException.at("province", "certificate.province.unknown");
        }
        return text;
    }

    static String detail(String raw) {
        String text = FreeText.field("detail", raw, DETAIL_MAX, true);
        if (text.codePointCount(0, text.length()) < DETAIL_MIN) {
            throw BaokaoException.at("detail", "certificate.detail.tooShort", String.valueOf(DETAIL_MIN));
        }
        return text;
    }

    static String postcode(String raw) {
        String text = FreeText.clean(raw).replace(" ", "");
        if (text.isEmpty()) {
            throw BaokaoException.at("postcode", "field.required");
        }
        if (!POSTCODE.matcher(text).matches()) {
            throw BaokaoException.at("postcode", "certificate.postcode.format");
        }
        return text;
    }

    /** One line, as a label or a page shows it. */
    public String oneLine() {
        return province + city + district + detail;
    }
}
