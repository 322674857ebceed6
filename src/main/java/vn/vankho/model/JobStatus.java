package vn.vankho.model;

/** The state of a job in the queue. */
public enum JobStatus { QUEUED, RUNNING, DONE, FAILED }
