package org.gapflow.processadmin;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Size;

import org.gapflow.platform.InvalidInputException;
import org.gapflow.platform.NotAllowedException;

/** The workspace's home: what runs (versions, cases, incidents), drafts, the change log, upload and rollback. */
@Named
@ViewScoped
public class ModelOverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModelCatalogue catalogue;
    @Inject
    transient ModelDrafts drafts;
    @Inject
    transient ModelChanges changes;
    @Inject
    transient ModelRollout rollout;
    @Inject
    transient WorkspaceUser user;

    private transient List<DefinitionVersion> processes;
    private transient List<DefinitionVersion> decisions;
    private transient List<ModelDraft> draftList;
    private transient List<ModelChange> changeList;
    private transient Part upload;
    private String rollbackDefinitionId;
    @Size(max = ModelChange.REASON_LENGTH)
    private String rollbackReason;
    private List<CheckLine> refusal = List.of();

    public List<DefinitionVersion> getProcesses() {
        if (processes == null) {
            processes = catalogue.processVersions(user.actor());
        }
        return processes;
    }

    public List<DefinitionVersion> getDecisions() {
        if (decisions == null) {
            decisions = catalogue.decisionVersions(user.actor());
        }
        return decisions;
    }

    public List<ModelDraft> getDrafts() {
        if (draftList == null) {
            draftList = drafts.list(user.actor());
        }
        return draftList;
    }

    public List<ModelChange> getChanges() {
        if (changeList == null) {
            changeList = changes.latest(50);
        }
        return changeList;
    }

    /** An uploaded .bpmn or .dmn becomes a draft and opens in the editor. */
    public String uploadFile() {
        if (upload == null || upload.getSize() == 0) {
            PageMessages.error("processes.upload.none");
            return null;
        }
        if (upload.getSize() > XmlSafety.maxBytes()) {
            PageMessages.error("check.file.tooLarge", String.format(java.util.Locale.ROOT, "%.1f",
                    upload.getSize() / 1048576.0), XmlSafety.maxBytes() / 1048576);
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            String name = upload.getSubmittedFileName();
            name = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            ModelDraft draft = drafts.save(user.actor(), null, new ModelFile(name, in.readAllBytes()), null,
                    PageMessages.text("processes.upload.note"));
            PageMessages.info("processes.upload.saved", draft.getFileName());
            return "/app/processes/editor.xhtml?faces-redirect=true&draftId=" + draft.getId();
        } catch (ModelRefusedException e) {
            refusal = e.report().messages().stream().map(m -> CheckLine.of(m, PageMessages.locale())).toList();
            PageMessages.error("processes.upload.refused");
            return null;
        } catch (InvalidInputException | NotAllowedException e) {
            PageMessages.refused(e);
            return null;
        } catch (IOException e) {
            PageMessages.error("processes.upload.unreadable");
            return null;
        }
    }

    public String deleteDraft(Long draftId) {
        try {
            drafts.delete(user.actor(), draftId);
            PageMessages.info("processes.drafts.deleted");
            return "/app/processes/index.xhtml?faces-redirect=true";
        } catch (InvalidInputException | NotAllowedException e) {
            PageMessages.refused(e);
            return null;
        }
    }

    public String rollBack() {
        try {
            List<DeployedVersion> versions = rollout.rollBack(user.actor(), rollbackDefinitionId, rollbackReason);
            PageMessages.info("processes.rollback.done", versions);
            return "/app/processes/index.xhtml?faces-redirect=true";
        } catch (ModelRefusedException e) {
            refusal = e.report().messages().stream().map(m -> CheckLine.of(m, PageMessages.locale())).toList();
            PageMessages.error("processes.rollback.refused");
        } catch (InvalidInputException | NotAllowedException e) {
            PageMessages.refused(e);
        }
        return null;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getRollbackDefinitionId() {
        return rollbackDefinitionId;
    }

    public void setRollbackDefinitionId(String rollbackDefinitionId) {
        this.rollbackDefinitionId = rollbackDefinitionId;
    }

    public String getRollbackReason() {
        return rollbackReason;
    }

    public void setRollbackReason(String rollbackReason) {
        this.rollbackReason = rollbackReason;
    }

    public List<CheckLine> getRefusal() {
        return refusal;
    }

    public int getMaxMegabytes() {
        return XmlSafety.maxBytes() / 1048576;
    }
}
