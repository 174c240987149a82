package com.baokao.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PledgePdfTest {

    @Test
    void onePageWithTheCandidateTheExamThePointAndTheSignatureLine() throws Exception {
        byte[] pdf = PledgePdf.render(new PledgeData("钱\uD842\uDFB7", "330107********1234", "2026 年电子商务师（四级）职业技能等级认定",
                "EC2026", "重庆市职业技能鉴定指导中心", "2026-05-06"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("考试诚信承诺书").contains("钱\uD842\uDFB7").contains("330107********1234")
                    .contains("EC2026").contains("重庆市职业技能鉴定指导中心").contains("承诺人（签名）").contains("2026-05-06");
        }
    }
}
