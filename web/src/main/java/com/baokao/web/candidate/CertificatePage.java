package com.baokao.web.candidate;

import com.baokao.certificate.CertificateChoices;
import com.baokao.certificate.CertificateView;
import com.baokao.certificate.DeliveryChoice;
import com.baokao.certificate.DeliveryMethod;
import com.baokao.certificate.PostalAddress;
import com.baokao.i18n.BaokaoException;
import com.baokao.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * candidate/certificate.xhtml (seed 002 "证书领取方式"): for each application, whether a certificate may be given, the
 * choice of self pick-up (the site's address and opening hours) or postal delivery cash on delivery with the address,
 * the certificate number, and "已寄出, 运单号 …" once posted.
 */
@Named
@ViewScoped
public class CertificatePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "certificateForm";

    @EJB
    CertificateChoices choices;

    private List<CertificateView> views;
    private Long editing;
    private long version;
    private DeliveryMethod method;
    private String recipient;
    private String phone;
    private String province;
    private String city;
    private String district;
    private String detail;
    private String postcode;

    @PostConstruct
    void load() {
        views = choices.mine();
        if (editing == null) {
            views.stream().filter(CertificateView::choiceAllowed).findFirst().ifPresent(v -> edit(v.applicationId()));
        }
    }

    /** Opens the choice of one application, filled with what was chosen (or the account's name and phone). */
    public void edit(long applicationId) {
        CertificateView v = views.stream().filter(x -> x.applicationId() == applicationId).findFirst().orElse(null);
        if (v == null || !v.choiceAllowed()) {
            editing = null;
            return;
        }
        editing = applicationId;
        version = v.version();
        method = v.method() == null ? DeliveryMethod.PICKUP : v.method();
        PostalAddress a = v.address();
        recipient = a == null ? v.defaultRecipient() : a.recipient();
        phone = a == null ? v.defaultPhone() : a.phone();
        province = a == null ? null : a.province();
        city = a == null ? null : a.city();
        district = a == null ? null : a.district();
        detail = a == null ? null : a.detail();
        postcode = a == null ? null : a.postcode();
    }

    public void save() {
        try {
            choices.choose(editing, version, new DeliveryChoice(method, recipient, phone, province, city, district,
                    detail, postcode));
            long saved = editing;
            editing = null;
            load();
            edit(saved);
            FacesMessages.info("certificate.saved");
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e);
        }
    }

    public CertificateView getEdited() {
        return editing == null ? null : views.stream().filter(v -> v.applicationId() == editing).findFirst().orElse(null);
    }

    public boolean isPost() {
        return method == DeliveryMethod.POST;
    }

    public List<CertificateView> getViews() {
        return views;
    }

    public List<String> getProvinces() {
        return PostalAddress.PROVINCES;
    }

    public DeliveryMethod[] getMethods() {
        return DeliveryMethod.values();
    }

    public Long getEditing() {
        return editing;
    }

    public DeliveryMethod getMethod() {
        return method;
    }

    public void setMethod(DeliveryMethod method) {
        this.method = method;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
