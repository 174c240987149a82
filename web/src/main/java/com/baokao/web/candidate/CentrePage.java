package com.baokao.web.candidate;

import com.baokao.application.ApplicationQueries;
import com.baokao.profile.ProfileService;
import com.baokao.profile.ProfileView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** candidate/home.xhtml: the profile's state and each application with its status timeline and next task. */
@Named
@RequestScoped
public class CentrePage {

    @EJB
    ProfileService profiles;

    @EJB
    ApplicationQueries applicationQueries;

    private ProfileView profile;
    private List<com.baokao.application.ApplicationSummary> mine;

    public ProfileView getProfile() {
        if (profile == null) {
            profile = profiles.mine();
        }
        return profile;
    }

    public List<com.baokao.application.ApplicationSummary> getApplications() {
        if (mine == null) {
            mine = applicationQueries.summaries();
        }
        return mine;
    }
}
