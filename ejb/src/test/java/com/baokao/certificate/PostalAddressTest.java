package com.baokao.certificate;

import com.baokao.i18n.BaokaoException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PostalAddressTest {

    private static PostalAddress address(String phone, String province, String detail, String postcode) {
        return PostalAddress.checked("张三", phone, province, "重庆市", "渝中区", detail, postcode);
    }

    private static java.util.List<String> refused(Runnable r) {
        BaokaoException e = catchThrowableOfType(BaokaoException.class, r::run);
        assertThat(e).isNotNull();
        return e.problems().stream().map(p -> p.getField() + ":" + p.getMessageKey()).toList();
    }

    @Test
    void aGoodAddressIsCleanedAndKept() {
        PostalAddress a = PostalAddress.checked(" 张三 ", "138 0013 8000", "重庆市", "重庆市", "渝中区",
                " 解放碑街道民族路 100 号\u200B ", " 400010 ");
        assertThat(a).isEqualTo(new PostalAddress("张三", "13800138000", "重庆市", "重庆市", "渝中区",
                "解放碑街道民族路 100 号", "400010"));
        assertThat(a.oneLine()).isEqualTo("重庆市重庆市渝中区解放碑街道民族路 100 号");
    }

    @Test
    void theProvincesAreTheThirtyOneMainlandDivisions() {
        assertThat(PostalAddress.PROVINCES).hasSize(31).doesNotHaveDuplicates()
                .contains("北京市", "重庆市", "广西壮族自治区", "新疆维吾尔自治区")
                .doesNotContain("香港特别行政区", "澳门特别行政区", "台湾省");
        assertThat(refused(() -> address("13800138000", "香港特别行政区", "某街道 1 号", "400010")))
                .containsExactly("province:certificate.province.unknown");
        assertThat(refused(() -> address("13800138000", "重庆", "某街道 1 号", "400010")))
                .containsExactly("province:certificate.province.unknown");
        assertThat(refused(() -> address("13800138000", "", "某街道 1 号", "400010")))
                .containsExactly("province:field.required");
    }

    @Test
    void thePostcodeIsSixDigits() {
        assertThat(address("13800138000", "重庆市", "某街道 1 号", "400010").postcode()).isEqualTo("400010");
        for (String bad : new String[] {"40001", "4000100", "40001A", "４０００１０"}) {
            assertThat(refused(() -> address("13800138000", "重庆市", "某街道 1 号", bad))).as(bad)
                    .containsExactly("postcode:certificate.postcode.format");
        }
    }

    @Test
    void thePhoneIsAMobileOrALandlineWithItsAreaCode() {
        assertThat(PostalAddress.phone("+86 139-1234-5678")).isEqualTo("13912345678");
        assertThat(PostalAddress.phone("023-63801234")).isEqualTo("023-63801234");
        assertThat(PostalAddress.phone("010-6512345")).isEqualTo("010-6512345");
        assertThat(PostalAddress.phone("0755-88881234-123")).isEqualTo("0755-88881234-123");
        for (String bad : new String[] {"12812345678", "1391234567", "63801234", "023-123", "abc", "1".repeat(200)}) {
            assertThat(refused(() -> PostalAddress.phone(bad))).as(bad).containsExactly("phone:certificate.phone.format");
        }
        assertThat(refused(() -> PostalAddress.phone(" "))).containsExactly("phone:certificate.phone.required");
    }

    @Test
    void lengthsAreCheckedAndEveryProblemIsNamedAtOnce() {
        assertThat(refused(() -> PostalAddress.checked("张".repeat(31), "1", "火星", "市".repeat(31), "",
                "1号", "1"))).containsExactly("recipient:field.tooLong", "phone:certificate.phone.format",
                "province:certificate.province.unknown", "city:field.tooLong", "district:field.required",
                "detail:certificate.detail.tooShort", "postcode:certificate.postcode.format");
        assertThat(refused(() -> address("13800138000", "重庆市", "路".repeat(121), "400010")))
                .containsExactly("detail:field.tooLong");
        assertThat(address("13800138000", "重庆市", "路".repeat(120), "400010").detail()).hasSize(120);
    }
}
