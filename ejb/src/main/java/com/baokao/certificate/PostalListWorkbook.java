package com.baokao.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The postal list in the courier's column order (a bulk-shipping template: 收件人, 手机, 省, 市, 区, 详细地址, 邮编, 物品,
 * 付款方式, then 证书编号 as the remark and an empty 运单号 for the courier to fill in, so the same file comes back).
 * Every cell is text: a phone or postcode never turns into a number, and nothing typed is taken for a formula.
 */
public final class PostalListWorkbook {

    public static final List<String> COLUMNS = List.of("收件人", "手机", "省", "市", "区", "详细地址", "邮编", "物品",
            "付款方式", "证书编号", "运单号");
    static final String ITEM = "证书";
    static final String PAYMENT = "到付";

    private PostalListWorkbook() {
    }

    public static byte[] write(List<PostalDeliveries.PostalRow> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("邮寄名单");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
            }
            int r = 1;
            for (PostalDeliveries.PostalRow row : rows) {
                Row line = sheet.createRow(r++);
                PostalAddress a = row.address();
                String[] cells = {a.recipient(), a.phone(), a.province(), a.city(), a.district(), a.detail(),
                        a.postcode(), ITEM, PAYMENT, row.certificateNumber(),
                        row.trackingNumber() == null ? "" : row.trackingNumber()};
                for (int i = 0; i < cells.length; i++) {
                    line.createCell(i).setCellValue(cells[i]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
