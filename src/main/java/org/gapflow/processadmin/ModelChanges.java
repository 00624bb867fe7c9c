package org.gapflow.processadmin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The change log: written in the transaction of the change it records, so both commit or neither. */
@ApplicationScoped
public class ModelChanges {

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    void record(ModelChange change) {
        entityManager.persist(change);
    }

    public List<ModelChange> latest(int max) {
        return entityManager.createQuery("select c from ModelChange c order by c.happenedAt desc, c.id desc",
                        ModelChange.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** The deploy or rollback that created each engine deployment, by deployment id. */
    public Map<String, ModelChange> byDeployment() {
        return entityManager.createQuery("select c from ModelChange c where c.deploymentId is not null",
                        ModelChange.class)
                .getResultStream()
                .collect(Collectors.toMap(ModelChange::getDeploymentId, Function.identity(), (a, b) -> a));
    }

    public Optional<ModelChange> ofBatch(String batchId) {
        return entityManager.createQuery("select c from ModelChange c where c.batchId = :b", ModelChange.class)
                .setParameter("b", batchId)
                .getResultStream().findFirst();
    }
}
