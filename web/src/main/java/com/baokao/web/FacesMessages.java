package com.baokao.web;

import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.InvalidFormException;
import com.baokao.i18n.UserMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts a sentence on the page in the reader's language. A rule's refusal goes next to the field it is about
 * (component id = the exception's field, inside {@code formId}), otherwise at the top of the page; a form refused
 * with several problems ({@link InvalidFormException}) shows each one at its own field.
 */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void refusal(String formId, BaokaoException e) {
        refusal(formId, e, Map.of());
    }

    /**
     * As {@link #refusal(String, BaokaoException)}, on a form whose component ids are not the rule's field names
     * (one input shared by several parts, an edit row beside an add form): {@code componentIds} maps a field to
     * the component that shows it.
     */
    public static void refusal(String formId, BaokaoException e, Map<String, String> componentIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = readerLocale();
        List<BaokaoException> problems = e instanceof InvalidFormException form ? form.problems() : List.of(e);
        Set<String> saidAtTheTop = new HashSet<>();
        for (BaokaoException problem : problems) {
            String text = UserMessages.format(locale, problem);
            String field = problem.getField() == null ? null : componentIds.getOrDefault(problem.getField(), problem.getField());
            String clientId = field == null ? null : formId + ":" + field;
            if (clientId != null && !shown(faces.getViewRoot().findComponent(":" + clientId))) {
                clientId = null; // a field not on the page (or not rendered) would hide the sentence: say it at the top
            }
            if (clientId != null || saidAtTheTop.add(text)) {
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
        }
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    /** An info message that survives the redirect to the next page. */
    public static void infoAfterRedirect(String key, Object... args) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, args);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = UserMessages.format(readerLocale(), key, args);
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /**
     * The reader's language from their choice, not from the view root: in a view action (before the page
     * sets its locale) the view root still has the server's default.
     */
    public static java.util.Locale readerLocale() {
        return jakarta.enterprise.inject.spi.CDI.current().select(LocaleView.class).get().getLocale();
    }

    private static boolean shown(jakarta.faces.component.UIComponent component) {
        for (jakarta.faces.component.UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return component != null;
    }
}
