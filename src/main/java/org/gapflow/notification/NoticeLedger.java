package org.gapflow.notification;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Records what became of each notice, each in a transaction of its own: a send recorded here stays
 * recorded even when the dispatch job fails later on and its own transaction rolls back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class NoticeLedger {

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    public List<Notice> pending(String batchId) {
        return entityManager.createQuery("select n from Notice n where n.batchId = :b and n.status = :s order by n.id",
                Notice.class).setParameter("b", batchId).setParameter("s", NoticeStatus.PENDING).getResultList();
    }

    public void sent(Long noticeId) {
        entityManager.find(Notice.class, noticeId).markSent();
    }

    public void held(String batchId) {
        pending(batchId).forEach(Notice::markHeld);
    }

    public void failed(List<Long> noticeIds, String error, boolean lastTry) {
        for (Long id : noticeIds) {
            entityManager.find(Notice.class, id).markFailedAttempt(error, lastTry);
        }
    }
}
