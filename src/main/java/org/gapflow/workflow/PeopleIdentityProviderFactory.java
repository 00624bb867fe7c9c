package org.gapflow.workflow;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Gives the engine GapFlow's people as its users and GapFlow's roles as its groups. */
class PeopleIdentityProviderFactory implements SessionFactory {

    private final DataSource dataSource;

    PeopleIdentityProviderFactory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
    }

    @Override
    public Session openSession() {
        return new PeopleIdentityProvider(new PeopleDirectoryReader(dataSource));
    }
}
