package com.baokao.catalogue;

import com.baokao.audit.AuditTrail;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.FormCheck;
import com.baokao.platform.Database;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The administrator's places: regions (a tree), review points, exam sites and their rooms.
 * <p>
 * Every change is checked, refused with a sentence when it would break what exists, and written to the audit trail in
 * the same transaction. What a form gives is checked all at once, so one refusal names every field to correct. Only
 * ADMIN may call it; reading is {@link CatalogueQueries}.
 */
@Stateless
@RolesAllowed("ADMIN")
public class PlacesService {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @EJB
    AuditTrail audit;

    public long createRegion(String code, String name, Long parentId) {
        FormCheck check = new FormCheck();
        String checkedCode = check.value(() -> CatalogueRows.requireCode("code", code));
        String checkedName = check.value(() -> CatalogueRows.requireText("name", name, 100));
        check.done();
        Region region = new Region();
        region.setCode(checkedCode);
        region.setName(checkedName);
        if (parentId != null) {
            Region parent = CatalogueRows.find(em, Region.class, parentId);
            if (parent.getParent() != null) {
                throw BaokaoException.at("parent", "region.parent.city");
            }
            region.setParent(parent);
        }
        Database.insertUnique(em, region, () -> BaokaoException.at("code", "code.duplicate", region.getCode()));
        audit.record("region.created", "Region", region.getId(), region.getCode() + " " + region.getName());
        return region.getId();
    }

    public void renameRegion(long regionId, String name) {
        Region region = CatalogueRows.find(em, Region.class, regionId);
        String before = region.getName();
        region.setName(CatalogueRows.requireText("name", name, 100));
        audit.record("region.renamed", "Region", regionId, before + " -> " + region.getName());
    }

    public void deleteRegion(long regionId) {
        Region region = CatalogueRows.find(em, Region.class, regionId);
        long uses = CatalogueRows.count(em, "select count(r) from Region r where r.parent = :x", region)
                + CatalogueRows.count(em, "select count(s) from ExamSite s where s.region = :x", region)
                + CatalogueRows.count(em, "select count(p) from ReviewPoint p where p.region = :x", region)
                + CatalogueRows.count(em, "select count(r) from RegionRule r where r.region = :x", region);
        if (uses > 0) {
            throw new BaokaoException("region.in.use", region.getName());
        }
        CatalogueRows.refuseIfApplicationsUse(em, "select count(*) from application where region_id = ?1", regionId, region.getName());
        em.remove(region);
        audit.record("region.deleted", "Region", regionId, region.getCode() + " " + region.getName());
    }

    public long createReviewPoint(Long regionId, String name, String address) {
        FormCheck check = new FormCheck();
        check.required("pointRegion", regionId);
        String checkedName = check.value(() -> CatalogueRows.requireText("pointName", name, 200));
        check.done();
        ReviewPoint point = new ReviewPoint();
        point.setRegion(CatalogueRows.find(em, Region.class, regionId));
        point.setName(checkedName);
        point.setAddress(address == null ? null : address.strip());
        em.persist(point);
        em.flush();
        audit.record("review-point.created", "ReviewPoint", point.getId(), point.getName());
        return point.getId();
    }

    public long createSite(Long regionId, String code, String name, String address, boolean registrationPoint) {
        FormCheck check = new FormCheck();
        check.required("siteRegion", regionId);
        String checkedCode = check.value(() -> CatalogueRows.requireCode("siteCode", code));
        String checkedName = check.value(() -> CatalogueRows.requireText("siteName", name, 200));
        String checkedAddress = check.value(() -> CatalogueRows.requireText("siteAddress", address, 400));
        check.done();
        ExamSite site = new ExamSite();
        site.setRegion(CatalogueRows.find(em, Region.class, regionId));
        site.setCode(checkedCode);
        site.setName(checkedName);
        site.setAddress(checkedAddress);
        site.setRegistrationPoint(registrationPoint);
        Database.insertUnique(em, site, () -> BaokaoException.at("siteCode", "code.duplicate", site.getCode()));
        audit.record("site.created", "ExamSite", site.getId(), site.getCode() + " " + site.getName() + ", " + site.getAddress());
        return site.getId();
    }

    public void updateSite(long siteId, long expectedVersion, String name, String address, boolean registrationPoint) {
        FormCheck check = new FormCheck();
        String checkedName = check.value(() -> CatalogueRows.requireText("siteName", name, 200));
        String checkedAddress = check.value(() -> CatalogueRows.requireText("siteAddress", address, 400));
        check.done();
        ExamSite site = CatalogueRows.find(em, ExamSite.class, siteId);
        CatalogueRows.checkVersion(site.getVersion(), expectedVersion);
        String before = site.getName() + ", " + site.getAddress();
        site.setName(checkedName);
        site.setAddress(checkedAddress);
        site.setRegistrationPoint(registrationPoint);
        audit.record("site.changed", "ExamSite", siteId, before + " -> " + site.getName() + ", " + site.getAddress()
                + (registrationPoint ? ", registration point" : ""));
    }

    public void deleteSite(long siteId) {
        ExamSite site = CatalogueRows.find(em, ExamSite.class, siteId);
        if (CatalogueRows.count(em, "select count(r) from Room r where r.site = :x", site) > 0) {
            throw new BaokaoException("site.has.rooms", site.getName());
        }
        CatalogueRows.refuseIfApplicationsUse(em, "select count(*) from application where site_id = ?1", siteId, site.getName());
        em.remove(site);
        audit.record("site.deleted", "ExamSite", siteId, site.getCode() + " " + site.getName());
    }

    public long createRoom(Long siteId, String name, int capacity, boolean computerRoom) {
        FormCheck check = new FormCheck();
        check.required("roomSite", siteId);
        String checkedName = check.value(() -> CatalogueRows.requireText("roomName", name, 100));
        check.rule(() -> CatalogueRows.requireCapacity(capacity));
        check.done();
        Room room = new Room(CatalogueRows.find(em, ExamSite.class, siteId));
        room.setName(checkedName);
        room.setCapacity(capacity);
        room.setComputerRoom(computerRoom);
        Database.insertUnique(em, room, () -> BaokaoException.at("roomName", "room.duplicate", room.getName()));
        audit.record("room.created", "Room", room.getId(), room.getSite().getName() + " / " + room.getName()
                + ", " + capacity + " seats" + (computerRoom ? ", computer room" : ""));
        return room.getId();
    }

    public void updateRoom(long roomId, long expectedVersion, String name, int capacity, boolean computerRoom) {
        FormCheck check = new FormCheck();
        String checkedName = check.value(() -> CatalogueRows.requireText("roomName", name, 100));
        check.rule(() -> CatalogueRows.requireCapacity(capacity));
        check.done();
        Room room = CatalogueRows.find(em, Room.class, roomId);
        CatalogueRows.checkVersion(room.getVersion(), expectedVersion);
        String before = room.getName() + ", " + room.getCapacity() + " seats";
        room.setName(checkedName);
        room.setCapacity(capacity);
        room.setComputerRoom(computerRoom);
        audit.record("room.changed", "Room", roomId, before + " -> " + room.getName() + ", " + capacity + " seats");
    }

    public void deleteRoom(long roomId) {
        Room room = CatalogueRows.find(em, Room.class, roomId);
        em.remove(room);
        audit.record("room.deleted", "Room", roomId, room.getSite().getName() + " / " + room.getName());
    }
}
