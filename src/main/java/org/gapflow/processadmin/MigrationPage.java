package org.gapflow.processadmin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import org.gapflow.platform.InvalidInputException;
import org.gapflow.platform.NotAllowedException;

/** Choose running cases of a version, see the plan and its validation, migrate; a batch shows its progress. */
@Named
@ViewScoped
public class MigrationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseMigration migration;
    @Inject
    transient ModelCatalogue catalogue;
    @Inject
    transient WorkspaceUser user;

    private String source;
    private String target;
    private List<String> selected = new ArrayList<>();
    private boolean applyNewDefaults = true;
    @Size(max = ModelChange.REASON_LENGTH)
    private String reason;
    private MigrationPreview preview;
    private String batchId;
    private BatchProgress progress;
    private Integer migrated;
    // read once per view and again after a migration: JSF asks the getters many times per render
    private transient List<DefinitionVersion> versions;
    private transient List<RunningCase> cases;

    public List<DefinitionVersion> getTargets() {
        DefinitionVersion from = getSourceVersion();
        if (from == null) {
            return List.of();
        }
        return versions().stream()
                .filter(v -> v.key().equals(from.key()) && !v.definitionId().equals(source)).toList();
    }

    public DefinitionVersion getSourceVersion() {
        return versions().stream()
                .filter(v -> v.definitionId().equals(source)).findFirst().orElse(null);
    }

    public List<RunningCase> getCases() {
        if (cases == null) {
            cases = source == null ? List.of() : migration.runningCases(user.actor(), source);
        }
        return cases;
    }

    private List<DefinitionVersion> versions() {
        if (versions == null) {
            versions = catalogue.processVersions(user.actor());
        }
        return versions;
    }

    /** View action: the newest version is the default target. */
    public void open() {
        if (target == null) {
            getTargets().stream().filter(DefinitionVersion::latest).findFirst()
                    .ifPresent(v -> target = v.definitionId());
        }
    }

    public void showPlan() {
        try {
            migrated = null;
            preview = migration.preview(user.actor(), source, target,
                    selected.size() <= CaseMigration.syncLimit() ? selected : null, applyNewDefaults);
        } catch (InvalidInputException | NotAllowedException e) {
            PageMessages.refused(e);
        }
    }

    public void migrate() {
        try {
            MigrationResult result = migration.migrate(user.actor(), source, target, selected, applyNewDefaults, reason);
            versions = null;
            cases = null;
            preview = result.preview();
            batchId = result.batchId();
            if (batchId == null) {
                migrated = result.cases();
                selected = new ArrayList<>();
                PageMessages.info("processes.migrate.done", result.cases());
            } else {
                progress = migration.progress(user.actor(), batchId);
                PageMessages.info("processes.migrate.batchStarted", result.cases());
            }
        } catch (MigrationRefusedException e) {
            preview = e.preview();
            PageMessages.error("processes.migrate.refused");
        } catch (InvalidInputException | NotAllowedException e) {
            PageMessages.refused(e);
        }
    }

    public void refreshProgress() {
        if (batchId != null) {
            progress = migration.progress(user.actor(), batchId);
        }
    }

    public boolean isPolling() {
        return batchId != null && (progress == null || !progress.finished());
    }

    public int getSyncLimit() {
        return CaseMigration.syncLimit();
    }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public List<String> getSelected() { return selected; }
    public void setSelected(List<String> selected) { this.selected = selected; }
    public boolean isApplyNewDefaults() { return applyNewDefaults; }
    public void setApplyNewDefaults(boolean applyNewDefaults) { this.applyNewDefaults = applyNewDefaults; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public MigrationPreview getPreview() { return preview; }
    public String getBatchId() { return batchId; }
    public BatchProgress getProgress() { return progress; }
    public Integer getMigrated() { return migrated; }
}
