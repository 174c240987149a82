package com.baokao.web.admin;

import java.io.Serializable;

/** The notices card of admin/session.xhtml: a new announcement's title and rich-text body. */
public class NoticeFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String html;

    void clear() {
        title = null;
        html = null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getHtml() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
    }
}
