package com.baokao.web.admin;

import com.baokao.catalogue.CatalogueQueries;
import com.baokao.catalogue.CatalogueViews.RegionRow;
import com.baokao.catalogue.CatalogueViews.RoomRow;
import com.baokao.catalogue.CatalogueViews.SiteRow;
import com.baokao.catalogue.PlacesService;
import com.baokao.i18n.BaokaoException;
import com.baokao.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * admin/places.xhtml: regions (province, city), exam sites and their rooms. The catalogue service checks what is
 * typed and picked, and names every field to correct at once; an edit row keeps what was typed until it is saved.
 */
@Named
@ViewScoped
public class PlacesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "placesForm";


    @EJB
    PlacesService placesService;

    @EJB
    CatalogueQueries queries;

    private List<RegionRow> regions;
    private List<SiteRow> sites;
    private List<com.baokao.catalogue.CatalogueViews.ReviewPointRow> reviewPoints;

    private Long pointRegionId;
    private String pointName;
    private String pointAddress;

    private SiteRow editedSite;
    private String editSiteName;
    private String editSiteAddress;
    private boolean editSiteRegistrationPoint;
    private RegionRow editedRegion;
    private String editRegionName;

    private RoomRow editedRoom;
    private String editRoomName;
    private int editRoomCapacity;
    private boolean editRoomComputer;

    private String regionCode;
    private String regionName;
    private Long regionParentId;

    private Long siteRegionId;
    private String siteCode;
    private String siteName;
    private String siteAddress;
    private boolean siteRegistrationPoint;

    private Long roomSiteId;
    private String roomName;
    private int roomCapacity = 30;
    private boolean roomComputer;

    @PostConstruct
    void refresh() {
        regions = queries.regions();
        sites = queries.sites();
        reviewPoints = queries.reviewPoints();
    }

    /** The edit rows name their inputs apart from the add forms' ones, which the service's field names are. */
    private static final Map<String, String> EDITED_REGION = Map.of("name", "editRegionName");
    private static final Map<String, String> EDITED_SITE = Map.of("siteName", "editSiteName", "siteAddress", "editSiteAddress");
    private static final Map<String, String> EDITED_ROOM = Map.of("roomName", "editRoomName", "capacity", "editCapacity");

    private boolean change(Runnable change, String doneKey) {
        return change(change, doneKey, Map.of());
    }

    /**
     * Runs one change; false when it was refused, so that what was typed stays to be corrected. A change overtaken
     * by someone else's counts as done: the page now shows what is there.
     */
    private boolean change(Runnable change, String doneKey, Map<String, String> componentIds) {
        try {
            change.run();
            refresh();
            FacesMessages.info(doneKey);
            return true;
        } catch (BaokaoException e) {
            FacesMessages.refusal(FORM, e, componentIds);
            return false;
        } catch (EJBException e) {
            if (!(e.getCause() instanceof OptimisticLockException)) {
                throw e;
            }
            refresh();
            FacesMessages.error(null, "catalogue.changed.meanwhile");
            return true;
        }
    }

    public void addRegion() {
        if (change(() -> placesService.createRegion(regionCode, regionName, regionParentId), "catalogue.saved")) {
            regionCode = null;
            regionName = null;
        }
    }

    public void deleteRegion(long id) {
        change(() -> placesService.deleteRegion(id), "catalogue.deleted");
    }

    public void addSite() {
        change(() -> placesService.createSite(siteRegionId, siteCode, siteName, siteAddress, siteRegistrationPoint),
                "catalogue.saved");
    }

    public void deleteSite(long id) {
        change(() -> placesService.deleteSite(id), "catalogue.deleted");
    }

    public void addRoom() {
        change(() -> placesService.createRoom(roomSiteId, roomName, roomCapacity, roomComputer), "catalogue.saved");
    }

    public void addReviewPoint() {
        change(() -> placesService.createReviewPoint(pointRegionId, pointName, pointAddress), "catalogue.saved");
    }

    public void editSite(SiteRow site) {
        editedSite = site;
        editSiteName = site.name();
        editSiteAddress = site.address();
        editSiteRegistrationPoint = site.registrationPoint();
    }

    public void saveSite() {
        SiteRow site = editedSite;
        if (change(() -> placesService.updateSite(site.id(), site.version(), editSiteName, editSiteAddress,
                editSiteRegistrationPoint), "catalogue.saved", EDITED_SITE)) {
            editedSite = null;
        }
    }

    public void editRegion(RegionRow region) {
        editedRegion = region;
        editRegionName = region.name();
    }

    public void saveRegion() {
        RegionRow region = editedRegion;
        if (change(() -> placesService.renameRegion(region.id(), editRegionName), "catalogue.saved", EDITED_REGION)) {
            editedRegion = null;
        }
    }

    public SiteRow getEditedSite() {
        return editedSite;
    }

    public String getEditSiteName() {
        return editSiteName;
    }

    public void setEditSiteName(String editSiteName) {
        this.editSiteName = editSiteName;
    }

    public String getEditSiteAddress() {
        return editSiteAddress;
    }

    public void setEditSiteAddress(String editSiteAddress) {
        this.editSiteAddress = editSiteAddress;
    }

    public boolean isEditSiteRegistrationPoint() {
        return editSiteRegistrationPoint;
    }

    public void setEditSiteRegistrationPoint(boolean editSiteRegistrationPoint) {
        this.editSiteRegistrationPoint = editSiteRegistrationPoint;
    }

    public RegionRow getEditedRegion() {
        return editedRegion;
    }

    public String getEditRegionName() {
        return editRegionName;
    }

    public void setEditRegionName(String editRegionName) {
        this.editRegionName = editRegionName;
    }

    public void editRoom(RoomRow room) {
        editedRoom = room;
        editRoomName = room.name();
        editRoomCapacity = room.capacity();
        editRoomComputer = room.computerRoom();
    }

    /** Saves the edited room; the version it was read at guards against overwriting someone else's change. */
    public void saveRoom() {
        RoomRow room = editedRoom;
        if (change(() -> placesService.updateRoom(room.id(), room.version(), editRoomName, editRoomCapacity, editRoomComputer),
                "catalogue.saved", EDITED_ROOM)) {
            editedRoom = null;
        }
    }

    public List<com.baokao.catalogue.CatalogueViews.ReviewPointRow> getReviewPoints() {
        return reviewPoints;
    }

    public Long getPointRegionId() {
        return pointRegionId;
    }

    public void setPointRegionId(Long pointRegionId) {
        this.pointRegionId = pointRegionId;
    }

    public String getPointName() {
        return pointName;
    }

    public void setPointName(String pointName) {
        this.pointName = pointName;
    }

    public String getPointAddress() {
        return pointAddress;
    }

    public void setPointAddress(String pointAddress) {
        this.pointAddress = pointAddress;
    }

    public RoomRow getEditedRoom() {
        return editedRoom;
    }

    public String getEditRoomName() {
        return editRoomName;
    }

    public void setEditRoomName(String editRoomName) {
        this.editRoomName = editRoomName;
    }

    public int getEditRoomCapacity() {
        return editRoomCapacity;
    }

    public void setEditRoomCapacity(int editRoomCapacity) {
        this.editRoomCapacity = editRoomCapacity;
    }

    public boolean isEditRoomComputer() {
        return editRoomComputer;
    }

    public void setEditRoomComputer(boolean editRoomComputer) {
        this.editRoomComputer = editRoomComputer;
    }

    public void deleteRoom(long id) {
        change(() -> placesService.deleteRoom(id), "catalogue.deleted");
    }

    public List<RegionRow> getProvinces() {
        return regions.stream().filter(r -> r.parentId() == null).toList();
    }

    public List<RegionRow> getRegions() {
        return regions;
    }

    public List<SiteRow> getSites() {
        return sites;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getRegionName() {
        return regionName;
    }

    public void setRegionName(String regionName) {
        this.regionName = regionName;
    }

    public Long getRegionParentId() {
        return regionParentId;
    }

    public void setRegionParentId(Long regionParentId) {
        this.regionParentId = regionParentId;
    }

    public Long getSiteRegionId() {
        return siteRegionId;
    }

    public void setSiteRegionId(Long siteRegionId) {
        this.siteRegionId = siteRegionId;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public void setSiteCode(String siteCode) {
        this.siteCode = siteCode;
    }

    public String getSiteName() {
        return siteName;
    }

    public void setSiteName(String siteName) {
        this.siteName = siteName;
    }

    public String getSiteAddress() {
        return siteAddress;
    }

    public void setSiteAddress(String siteAddress) {
        this.siteAddress = siteAddress;
    }

    public boolean isSiteRegistrationPoint() {
        return siteRegistrationPoint;
    }

    public void setSiteRegistrationPoint(boolean siteRegistrationPoint) {
        this.siteRegistrationPoint = siteRegistrationPoint;
    }

    public Long getRoomSiteId() {
        return roomSiteId;
    }

    public void setRoomSiteId(Long roomSiteId) {
        this.roomSiteId = roomSiteId;
    }

    public String getRoomName() {
        return roomName;
    }

    public void setRoomName(String roomName) {
        this.roomName = roomName;
    }

    public int getRoomCapacity() {
        return roomCapacity;
    }

    public void setRoomCapacity(int roomCapacity) {
        this.roomCapacity = roomCapacity;
    }

    public boolean isRoomComputer() {
        return roomComputer;
    }

    public void setRoomComputer(boolean roomComputer) {
        this.roomComputer = roomComputer;
    }
}
