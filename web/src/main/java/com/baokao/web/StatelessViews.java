package com.baokao.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Set;

/**
 * Views without a form of their own keep no state for an anonymous reader (issue 18): at the registration-day peak the public home page is
 * read by hundreds of thousands of people who only look, and a view kept in state would give each of them an HTTP
 * session. The view is marked transient when it is created, before anything of the page runs (PrimeFaces' CSP nonce,
 * asked for before the page is built, would otherwise be kept in the view's map, and so in a session).
 */
public class StatelessViews extends ViewHandlerWrapper {

    /**
     * The views that keep no state: pages with no form but the signed-in header's. The error pages are among them: a
     * scanner asking for missing pages must not leave a session behind per request.
     */
    static final Set<String> STATELESS = Set.of("/index.xhtml", "/error/not-found.xhtml", "/error/forbidden.xhtml",
            "/error/error.xhtml");

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        // a signed-in reader has a session anyway, and the header's sign-out form posts back to this view
        if (root != null && STATELESS.contains(root.getViewId()) && context.getExternalContext().getUserPrincipal() == null) {
            root.setTransient(true);
        }
        return root;
    }
}
