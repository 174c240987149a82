package com.baokao.web.candidate;

import com.baokao.inbox.Inbox;
import com.baokao.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** candidate/inbox.xhtml: the candidate's notices, newest first; opening one marks it read and follows its link. */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    @EJB
    Inbox inbox;

    private List<Inbox.Notice> notices;

    @PostConstruct
    void load() {
        notices = inbox.latest(0, PAGE, FacesMessages.readerLocale());
    }

    public void open(Inbox.Notice notice) throws IOException {
        inbox.markRead(notice.id());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (notice.link() != null) {
            external.redirect(external.getRequestContextPath() + notice.link());
        } else {
            load();
        }
    }

    public void markAllRead() {
        inbox.markAllRead();
        load();
    }

    public List<Inbox.Notice> getNotices() {
        return notices;
    }
}
