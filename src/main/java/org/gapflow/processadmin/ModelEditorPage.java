package org.gapflow.processadmin;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.platform.NotAllowedException;

/**
 * The editor: the modeler (BPMN) or the DMN editor in the browser writes the model's XML into a hidden
 * field as the user edits (editor.js); this bean saves it as a draft, checks it, tries a decision
 * against past cases and deploys it.
 */
@Named
@ViewScoped
public class ModelEditorPage implements Serializable {

    private static final Logger LOG = Logger.getLogger(ModelEditorPage.class.getName());

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModelCatalogue catalogue;
    @Inject
    transient ModelDrafts drafts;
    @Inject
    transient ModelCheck modelCheck;
    @Inject
    transient ModelRollout rollout;
    @Inject
    transient DecisionReplay replay;
    @Inject
    transient WorkspaceUser user;
    @Inject
    transient XmlSafety xmlSafety;
    @Inject
    transient CheckSlots checkSlots;

    private String definitionId;
    private Long draftId;
    private String fileName;
    private String xml;
    @Size(max = ModelDraft.NOTE_LENGTH)
    private String note;
    @Size(max = ModelChange.REASON_LENGTH)
    private String comment;
    private String replayDecisionKey;
    private int replayCount = 20;
    private List<CheckLine> findings = List.of();
    private boolean checked;
    private boolean passed;
    private List<ReplayedEvaluation> replayed;
    private List<DeployedVersion> deployed;
    private transient List<String> decisionKeys;
    private transient String decisionKeysOf;

    /** Opens a draft or a deployed version (view action, once per view). */
    public void open() {
        if (xml != null) {
            return;
        }
        try {
            if (draftId != null) {
                ModelDraft draft = drafts.require(user.actor(), draftId);
                fileName = draft.getFileName();
                xml = draft.getContent();
                note = draft.getNote();
                definitionId = draft.getBasedOn();
            } else if (definitionId != null) {
                xml = catalogue.source(user.actor(), definitionId);
                fileName = catalogue.fileNameOf(user.actor(), definitionId);
            }
        } catch (InvalidInputException | NotAllowedException e) {
            PageMessages.refused(e);
        }
    }

    public void saveDraft() {
        try {
            ModelDraft draft = drafts.save(user.actor(), draftId, file(), definitionId, note);
            draftId = draft.getId();
            PageMessages.info("processes.editor.saved", draft.getFileName());
        } catch (ModelRefusedException e) {
            show(e.report());
        } catch (InvalidInputException | NotAllowedException e) {
            PageMessages.refused(e);
        }
    }

    public void check() {
        try {
            ModelFile file = file();
            show(checkSlots.run(user.actor(), file.name(), () -> modelCheck.check(file)));
        } catch (ModelRefusedException e) {
            show(e.report());
        } catch (InvalidInputException | NotAllowedException e) {
            PageMessages.refused(e);
        }
    }

    public void deploy() {
        try {
            deployed = rollout.deploy(user.actor(), file(), comment);
            show(new CheckReport(fileName, List.of()));
            PageMessages.info("processes.editor.deployed", deployed);
        } catch (ModelRefusedException e) {
            show(e.report());
            PageMessages.error("processes.editor.notDeployed");
        } catch (InvalidInputException | NotAllowedException e) {
            PageMessages.refused(e);
        }
    }

    public void tryDecision() {
        try {
            replayed = replay.replay(user.actor(), file(), replayDecisionKey, replayCount);
        } catch (ModelRefusedException e) {
            show(e.report());
        } catch (InvalidInputException | NotAllowedException e) {
            PageMessages.refused(e);
        } catch (RuntimeException e) {
            // a table the DMN engine cannot parse: its text may quote the model, so it goes to the log and
            // the page gets a reference to it
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.WARNING, "Replay of " + fileName + " failed [" + reference + "]", e);
            PageMessages.error("processes.editor.replayFailed", reference);
        }
    }

    private void show(CheckReport report) {
        findings = report.messages().stream().map(m -> CheckLine.of(m, PageMessages.locale())).toList();
        checked = true;
        passed = report.passed();
    }

    private ModelFile file() {
        return new ModelFile(fileName, xml == null ? new byte[0] : xml.getBytes(StandardCharsets.UTF_8));
    }

    public boolean isDmn() {
        return fileName != null && fileName.endsWith(".dmn");
    }

    /** The decisions of the DMN being edited, for "try a decision". */
    public List<String> getDecisionKeys() {
        if (!isDmn() || xml == null || xml.isBlank()) {
            return List.of();
        }
        if (decisionKeys == null || !xml.equals(decisionKeysOf)) {
            decisionKeys = readDecisionKeys();
            decisionKeysOf = xml;
        }
        return decisionKeys;
    }

    private List<String> readDecisionKeys() {
        try {
            XmlSafety.Result safety = xmlSafety.check(file());
            if (!safety.safe()) {
                return List.of();
            }
            return Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getModelElementsByType(Decision.class).stream().map(Decision::getId).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    public long getChangedCount() {
        return replayed == null ? 0 : replayed.stream().filter(ReplayedEvaluation::changed).count();
    }

    public String getDefinitionId() { return definitionId; }
    public void setDefinitionId(String definitionId) { this.definitionId = definitionId; }
    public Long getDraftId() { return draftId; }
    public void setDraftId(Long draftId) { this.draftId = draftId; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
    public String getXml() { return xml; }
    public void setXml(String xml) { this.xml = xml; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getReplayDecisionKey() { return replayDecisionKey; }
    public void setReplayDecisionKey(String replayDecisionKey) { this.replayDecisionKey = replayDecisionKey; }
    public int getReplayCount() { return replayCount; }
    public void setReplayCount(int replayCount) { this.replayCount = replayCount; }
    public List<CheckLine> getFindings() { return findings; }
    public boolean isChecked() { return checked; }
    public boolean isPassed() { return passed; }
    public List<ReplayedEvaluation> getReplayed() { return replayed; }
    public List<DeployedVersion> getDeployed() { return deployed; }
}
