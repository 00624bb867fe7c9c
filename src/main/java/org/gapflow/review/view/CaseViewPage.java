package org.gapflow.review.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gapflow.solution.CauseProblem;
import org.gapflow.web.CurrentUser;

/**
 * app/cases/view.xhtml?caseId=N: a case's header, diagram, timeline and records. The case is opened for
 * the current user on every request; a case they may not see looks exactly like one that does not exist.
 */
@Named
@RequestScoped
public class CaseViewPage {

    @Inject
    CurrentUser currentUser;
    @Inject
    CaseFiles files;

    private String caseId;
    private Optional<CaseFile> file;
    private PhraseText texts;

    public Optional<CaseFile> file() {
        if (file == null) {
            file = parse(caseId).flatMap(id -> files.open(currentUser.actor(), id));
        }
        return file;
    }

    public boolean isAvailable() {
        return file().isPresent();
    }

    public CaseFile getFile() {
        return file().orElse(null);
    }

    public CaseHeader getHeader() {
        return file().map(CaseFile::header).orElse(null);
    }

    public CaseRecords getRecords() {
        return file().map(CaseFile::records).orElse(null);
    }

    public List<TimelineEntry> getTimeline() {
        return file().map(CaseFile::timeline).orElse(List.of());
    }

    public CaseDiagram getDiagram() {
        return file().map(CaseFile::diagram).orElse(null);
    }

    public org.gapflow.training.Evaluation getEvaluation() {
        return file().map(f -> f.records().evaluation()).orElse(null);
    }

    /** View action: an unavailable case answers 404, as for a page that does not exist. */
    public void respondNotFoundWhenUnavailable() {
        if (!isAvailable()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public String text(Phrase phrase) {
        return texts().write(phrase);
    }

    public String amount(BigDecimal value) {
        return texts().amount(value);
    }

    /** A measure as typed (stored with four decimals): 80, 62.5. */
    public String measure(BigDecimal value) {
        return value == null ? "" : texts().measure(value);
    }

    /** A share stored as a fraction, as a percentage: 0.5 is "50 %". */
    public String percent(BigDecimal share) {
        return share == null ? "" : texts().measure(share.movePointRight(2)) + " %";
    }

    public String time(Instant instant) {
        return texts().time(instant);
    }

    public String date(LocalDate date) {
        return texts().date(date);
    }

    /** Who did it: a person's name, a group's name while the task waits in its queue, or GapFlow itself. */
    public String actor(TimelineEntry entry) {
        if (entry.actor() == null) {
            return text(Phrase.of("case.actor.system"));
        }
        if (entry.actorIsGroup()) {
            return Arrays.stream(entry.actor().split(",\\s*"))
                    .map(group -> text(Phrase.of("case.group." + group)))
                    .collect(Collectors.joining(", "));
        }
        return entry.actorName();
    }

    /** The questions of the cause analysis in page order, each with its answer and whether it points to a cause. */
    public List<CauseProblem> getCauseQuestions() {
        return List.of(CauseProblem.values());
    }

    public String getCurrentSteps() {
        CaseDiagram diagram = getFile() == null ? null : getFile().diagram();
        return diagram == null ? "" : String.join(", ", diagram.currentActivityNames());
    }

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    private PhraseText texts() {
        if (texts == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            texts = new PhraseText(context.getViewRoot().getLocale(), TimeZone.getDefault().toZoneId(),
                    context.getApplication().getResourceBundle(context, "caseMsg"),
                    context.getApplication().getResourceBundle(context, "steps"));
        }
        return texts;
    }

    static Optional<Long> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
