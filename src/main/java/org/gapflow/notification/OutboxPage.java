package org.gapflow.notification;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gapflow.web.CurrentUser;
import org.gapflow.web.PagedRows;

/** app/admin/outbox.xhtml: every notice GapFlow sent or would have sent, and what became of it. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;
    @Inject
    OutboxEntries entries;

    private transient Long count;

    private final PagedRows<OutboxRow> notices = new PagedRows<>(new PagedRows.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return getCount();
        }

        @Override
        public List<OutboxRow> page(int first, int max) {
            return entries.page(currentUser.actor(), first, max);
        }
    }, row -> row.id().toString());

    public PagedRows<OutboxRow> getNotices() {
        return notices;
    }

    public long getCount() {
        if (count == null) {
            count = entries.count(currentUser.actor());
        }
        return count;
    }
}
