package com.baokao.web.candidate;

import com.baokao.application.ApplicationQueries;
import com.baokao.application.ApplicationView;
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
    private List<ApplicationView> mine;

    public ProfileView getProfile() {
        if (profile == null) {
            profile = profiles.mine();
        }
        return profile;
    }

    public List<ApplicationView> getApplications() {
        if (mine == null) {
            mine = applicationQueries.mine();
        }
        return mine;
    }
}
