package com.baokao.catalogue;

import com.baokao.i18n.BaokaoException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a notice may carry, recognised by their first bytes (not by the name or the browser's
 * content type), with the content type they are served with. Anything else is refused before it is stored.
 */
public enum AttachmentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
    OFFICE_OPEN_XML(null, new byte[] {'P', 'K', 3, 4}, "docx", "xlsx"),
    OFFICE_LEGACY(null, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, "doc", "xls"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "png");

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String contentType;
    private final byte[] magic;
    private final String[] extensions;

    AttachmentType(String contentType, byte[] magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = extensions;
    }

    /** A checked attachment: its safe file name and the content type to serve it with. */
    public record Checked(String fileName, String contentType) {
    }

    public static Checked check(String rawFileName, byte[] content) {
        String name = safeName(rawFileName);
        if (content == null || content.length == 0) {
            throw BaokaoException.at("attachment", "attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw BaokaoException.at("attachment", "attachment.too.large", MAX_BYTES / 1024 / 1024);
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Optional<AttachmentType> type = Arrays.stream(values())
                .filter(t -> Arrays.asList(t.extensions).contains(extension)).findFirst();
        if (type.isEmpty()) {
            throw BaokaoException.at("attachment", "attachment.type");
        }
        if (!type.get().startsWithMagic(content)) {
            throw BaokaoException.at("attachment", "attachment.not.what.it.says", extension.toUpperCase(Locale.ROOT));
        }
        return new Checked(name, type.get().contentTypeFor(extension));
    }

    private boolean startsWithMagic(byte[] content) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    private String contentTypeFor(String extension) {
        if (contentType != null) {
            return contentType;
        }
        return switch (extension) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "doc" -> "application/msword";
            default -> "application/vnd.ms-excel";
        };
    }

    /** The last path segment, without control characters, at most 120 characters. */
    static String safeName(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            throw BaokaoException.at("attachment", "attachment.name");
        }
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }
}
