package com.baokao.platform;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys the platform makes for itself (e.g. for the registration form's verification code): 32 random bytes,
 * created on first use and kept in the database, so every node of a cluster and every restart agree. Two nodes
 * creating the same key at once: the primary key lets one win and both read the winner.
 */
@Singleton
@Lock(LockType.READ)
public class PlatformSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public byte[] key(String name) {
        byte[] key = cache.get(name);
        if (key == null) {
            PlatformSecrets self = context.getBusinessObject(PlatformSecrets.class);
            try {
                key = self.readOrCreate(name);
            } catch (jakarta.ejb.EJBException e) {
                // another node inserted the same key a moment ago: its row is the one to use
                key = self.readOrCreate(name);
            }
            cache.put(name, key);
        }
        return key.clone();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] readOrCreate(String name) {
        byte[] key = read(name);
        if (key == null) {
            key = new byte[32];
            RANDOM.nextBytes(key);
            em.createNativeQuery("insert into platform_secret (name, secret, created_at) values (?1, ?2, ?3)")
                    .setParameter(1, name).setParameter(2, Base64.getEncoder().encodeToString(key))
                    .setParameter(3, clock.instant().atOffset(java.time.ZoneOffset.UTC)).executeUpdate();
        }
        return key;
    }

    private byte[] read(String name) {
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery("select secret from platform_secret where name = ?1")
                .setParameter(1, name).getResultList();
        return found.isEmpty() ? null : Base64.getDecoder().decode((String) found.get(0));
    }
}
