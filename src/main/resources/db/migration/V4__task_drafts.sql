-- What a user typed into a step form and saved without completing: one draft per task and user.
CREATE TABLE gf_task_draft (
    task_id   VARCHAR(64)   NOT NULL,
    username  VARCHAR(80)   NOT NULL,
    content   VARCHAR(20000) NOT NULL,
    saved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (task_id, username)
);
