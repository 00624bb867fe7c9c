package org.gapflow.workflow;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * "Save draft" for step forms: the form's fields as JSON, per task and user, only for a task the
 * user may work on. A completed task's drafts are removed with it.
 */
@ApplicationScoped
@Transactional
public class TaskDrafts {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Inject
    TaskAccess taskAccess;

    public void save(Actor actor, String taskId, Object fields) {
        taskAccess.requireWorkable(taskId, actor.userId(), actor.groupIds());
        String json = JSON.toJson(fields);
        if (json.length() > TaskDraft.CONTENT_LENGTH) {
            throw new org.gapflow.platform.InvalidInputException(
                    java.util.Map.of("draft", "This draft is too long to save; shorten the texts."));
        }
        TaskDraft draft = entityManager.find(TaskDraft.class, new TaskDraft.Key(taskId, actor.userId()));
        if (draft == null) {
            entityManager.persist(new TaskDraft(taskId, actor.userId(), json));
        } else {
            draft.update(json);
        }
    }

    public <T> Optional<T> load(Actor actor, String taskId, Class<T> type) {
        TaskDraft draft = entityManager.find(TaskDraft.class, new TaskDraft.Key(taskId, actor.userId()));
        return draft == null ? Optional.empty() : Optional.of(JSON.fromJson(draft.getContent(), type));
    }

    public void discard(String taskId) {
        entityManager.createQuery("delete from TaskDraft d where d.taskId = :t").setParameter("t", taskId).executeUpdate();
    }
}
