package org.gapflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only an H2 database in a file of this JVM is GapFlow's to close when it stops. */
class EmbeddedDatabaseShutdownTest {

    @Test
    void closesTheQuickStartsFileDatabase() {
        assertThat(EmbeddedDatabaseShutdown.isEmbeddedH2File("jdbc:h2:file:/srv/wildfly/data/gapflow/gapflow")).isTrue();
        assertThat(EmbeddedDatabaseShutdown.isEmbeddedH2File("jdbc:h2:./data/gapflow")).isTrue();
        assertThat(EmbeddedDatabaseShutdown.isEmbeddedH2File("JDBC:H2:FILE:/data/gapflow")).isTrue();
    }

    @Test
    void leavesEveryOtherDatabaseOpen() {
        assertThat(EmbeddedDatabaseShutdown.isEmbeddedH2File("jdbc:h2:mem:gapflow")).isFalse();
        assertThat(EmbeddedDatabaseShutdown.isEmbeddedH2File("jdbc:h2:tcp://db:9092/gapflow")).isFalse();
        assertThat(EmbeddedDatabaseShutdown.isEmbeddedH2File("jdbc:h2:ssl://db/gapflow")).isFalse();
        assertThat(EmbeddedDatabaseShutdown.isEmbeddedH2File("jdbc:postgresql://db/gapflow")).isFalse();
        assertThat(EmbeddedDatabaseShutdown.isEmbeddedH2File(null)).isFalse();
    }
}
