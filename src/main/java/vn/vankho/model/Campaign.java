package vn.vankho.model;

/**
 * An emulation campaign (phong trào thi đua): its name, its period in years (either may be unknown), its level
 * (province, district, ... as for authorities) and the document that launched it, when the archive has it.
 */
public record Campaign(long id, String name, Integer periodFrom, Integer periodTo, String level, Long launchedBy) {}
