package com.baokao.demo;

import com.baokao.catalogue.PhotoRule;
import com.baokao.upload.ImageInspector;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's ID photos pass the demo exams' own photo rule, so a new user's demo shows no photo refused. */
class DemoTicketHoldersTest {

    /** The rule of every demo exam (DemoCatalogue, seed 002): 260×360 exactly, 15–45 KB, white or blue background. */
    private static final PhotoRule DEMO_EXAMS = new PhotoRule(260, 360, true, 15, 45, "WHITE,BLUE");

    @Test
    void everyTicketHoldersPhotoFitsTheDemoExamsRule() {
        for (int seed = 0; seed <= 31; seed++) {
            byte[] photo = DemoTicketHolders.photo(seed);
            assertDoesNotThrow(() -> ImageInspector.inspectPhoto(photo, DEMO_EXAMS, "examPhoto"), "seed " + seed);
        }
    }

    @Test
    void thePhotosAreTheSameAtEveryStartAndTheLoadCrowdsStaySmall() {
        assertArrayEquals(DemoTicketHolders.photo(3), DemoTicketHolders.photo(3));
        assertTrue(DemoTicketHolders.flatPhoto(7).length < 10 * 1024, "the load benchmark's photo stays about 4 KB");
    }
}
