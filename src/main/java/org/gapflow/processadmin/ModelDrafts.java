package org.gapflow.processadmin;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.gapflow.platform.InvalidInputException;
import org.gapflow.workflow.Actor;

/**
 * Drafts: revisions saved from the editor or uploaded, not deployed yet. A draft is kept as written,
 * even when it does not pass the checks (that is what drafts are for), but never beyond the size limit
 * or when it is not a BPMN or DMN file at all.
 */
@ApplicationScoped
@Transactional
public class ModelDrafts {

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Inject
    ProcessOwnerGate gate;

    @Inject
    XmlSafety xmlSafety;

    public ModelDraft save(Actor actor, Long draftId, ModelFile file, String basedOn, String note) {
        gate.require(actor);
        XmlSafety.Result safety = xmlSafety.check(file);
        if (!safety.safe()) {
            throw new ModelRefusedException(new CheckReport(file.name(), safety.messages()));
        }
        String trimmedNote = note == null || note.isBlank() ? null : note.trim();
        if (trimmedNote != null && trimmedNote.length() > ModelDraft.NOTE_LENGTH) {
            throw InvalidInputException.of("note", "Keep the note under 1000 characters.");
        }
        if (draftId == null) {
            ModelDraft draft = new ModelDraft(file, basedOn, trimmedNote, actor.userId());
            entityManager.persist(draft);
            return draft;
        }
        ModelDraft draft = require(actor, draftId);
        draft.update(file, trimmedNote, actor.userId());
        return draft;
    }

    public ModelDraft require(Actor actor, Long draftId) {
        gate.require(actor);
        ModelDraft draft = draftId == null ? null : entityManager.find(ModelDraft.class, draftId);
        if (draft == null) {
            throw InvalidInputException.of("draftId", "There is no draft " + draftId + ".");
        }
        return draft;
    }

    public List<ModelDraft> list(Actor actor) {
        gate.require(actor);
        return entityManager.createQuery("select d from ModelDraft d order by d.updatedAt desc", ModelDraft.class)
                .setMaxResults(200)
                .getResultList();
    }

    public void delete(Actor actor, Long draftId) {
        entityManager.remove(require(actor, draftId));
    }
}
