package vn.vankho.model;

/** The state of a job in the queue. */
public enum JobStatus {
  QUEUED, RUNNING, DONE, FAILED;

  /** Done or failed: no worker will take the job up again. */
  public boolean ended() {
    return this == DONE || this == FAILED;
  }
}
