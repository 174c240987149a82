package com.baokao.itest.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Test-only: runs test code as a REVIEWER of a whole region (InContainerIT), whose principal the test deployment's
 * glassfish-web.xml maps (account id 900000004), the way a signed-in person's calls reach the services.
 */
@Stateless
@RunAs("REVIEWER")
@PermitAll
public class AsRegionReviewer {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(AsAdmin.ThrowingRunnable work) throws Exception {
        work.run();
    }
}
