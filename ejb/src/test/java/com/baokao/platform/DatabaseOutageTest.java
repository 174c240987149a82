package com.baokao.platform;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void aRefusedOrLostConnectionDeepInTheWrappersIsAnOutage() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertThat(DatabaseOutage.causedBy(new EJBException(new PersistenceException(refused)))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("closed", "08003"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLTransientConnectionException("timeout"))).isTrue();
    }

    @Test
    void postgresShuttingDownOrStartingIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aPoolWhoseConnectionsAreAllBusyIsToldApartFromADatabaseThatIsAway() {
        String exhausted = "In-use connections equal max-pool-size and expired max-wait-time. Cannot allocate more connections.";
        Throwable burst = new jakarta.ejb.EJBException(new PersistenceException(new SQLException(
                "Error in allocating a connection. Cause: " + exhausted,
                new jakarta.resource.spi.ResourceAllocationException("Error in allocating a connection. Cause: " + exhausted))));
        assertThat(DatabaseOutage.causedBy(burst)).isTrue();
        assertThat(DatabaseOutage.poolExhausted(burst)).isTrue();
        assertThat(DatabaseOutage.poolExhausted(new PersistenceException(new SQLException("refused", "08001")))).isFalse();
        assertThat(DatabaseOutage.poolExhausted(new IllegalStateException("max-wait-time in a message of a bug"))).isFalse();
        assertThat(DatabaseOutage.poolExhausted(null)).isFalse();
    }

    @Test
    void thePoolsOwnFailureIsKnownByNameOrInTheNextExceptionChain() {
        SQLException allocating = new SQLException("Error in allocating a connection");
        allocating.setNextException(new SQLException("refused", "08001"));
        assertThat(DatabaseOutage.causedBy(new RuntimeException(allocating))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new jakarta.resource.spi.ResourceAllocationException("pool")))).isTrue();
    }

    @Test
    void aFaultOfBaokaosOrARefusedRowIsNot() {
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new PersistenceException(new SQLIntegrityConstraintViolationException("dup", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("syntax", "42601"))).isFalse();
        assertThat(DatabaseOutage.causedBy(null)).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        SQLException a = new SQLException("a", "42000");
        SQLException b = new SQLException("b", "42000");
        a.setNextException(b);
        b.setNextException(a);
        assertThat(DatabaseOutage.causedBy(a)).isFalse();
    }
}
