package vn.vankho.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import vn.vankho.model.SubordinateUnit;
import vn.vankho.text.Diacritics;

/** The subordinate units an issuer's directives go down to, whose implementing documents are looked for. */
public final class UnitStore {
  private final Jdbi jdbi;

  public UnitStore(Database database) {
    this.jdbi = database.jdbi();
  }

  public List<SubordinateUnit> units() {
    return jdbi.withExtension(UnitDao.class, UnitDao::all);
  }

  public SubordinateUnit addUnit(String name, String parent, String actor) {
    return jdbi.inTransaction(h -> {
      SubordinateUnit unit = h.attach(UnitDao.class).add(Diacritics.nfc(name).strip(), Diacritics.nfc(parent).strip());
      h.attach(AuditDao.class).record(actor, "add unit", null, null, null, unit.name() + " ⟵ " + unit.parent());
      return unit;
    });
  }

  public void removeUnit(long unitId, String actor) {
    jdbi.useTransaction(h -> h.attach(UnitDao.class).remove(unitId).ifPresent(unit ->
        h.attach(AuditDao.class).record(actor, "remove unit", null, null, unit.name() + " ⟵ " + unit.parent(), null)));
  }
}
