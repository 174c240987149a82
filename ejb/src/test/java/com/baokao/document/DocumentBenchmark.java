package com.baokao.document;

import com.baokao.catalogue.PhotoRule;
import com.baokao.upload.ImageInspector;
import com.baokao.upload.InspectedImage;

/**
 * Measures, on one thread: checking an uploaded photo on its bytes (what every photo upload and every
 * application submit costs) and rendering a registration form PDF. Run with scripts/benchmark-documents.sh;
 * prints its numbers, asserts nothing.
 */
public final class DocumentBenchmark {

    private DocumentBenchmark() {
    }

    public static void main(String[] args) {
        byte[] photo = RegistrationFormPdfTest.jpegPhoto();
        InspectedImage probe = ImageInspector.inspectProof(photo, 10_000, "photo");
        PhotoRule rule = new PhotoRule(probe.width(), probe.height(), true, 0, 10_000, "WHITE,BLUE,RED");
        RegistrationFormData form = RegistrationFormPdfTest.sample("HM2026B-00000001", photo);
        int checks = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int forms = args.length > 1 ? Integer.parseInt(args[1]) : 300;

        for (int i = 0; i < checks / 4; i++) {
            ImageInspector.inspectPhoto(photo, rule, "photo");
        }
        long start = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            ImageInspector.inspectPhoto(photo, rule, "photo");
        }
        report("photo checks (" + photo.length / 1024 + " KB JPEG, " + probe.width() + "x" + probe.height() + ")", checks,
                System.nanoTime() - start);

        for (int i = 0; i < forms / 4; i++) {
            RegistrationFormPdf.render(form);
        }
        start = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < forms; i++) {
            bytes += RegistrationFormPdf.render(form).length;
        }
        report("registration forms (avg " + bytes / forms / 1024 + " KB)", forms, System.nanoTime() - start);
    }

    private static void report(String what, int count, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%-52s %6d in %6.2f s = %8.1f per second per core (%.2f ms each)%n", what, count, seconds,
                count / seconds, seconds * 1000 / count);
    }
}
