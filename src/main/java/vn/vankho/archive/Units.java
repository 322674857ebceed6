package vn.vankho.archive;

import java.util.List;
import vn.vankho.model.SubordinateUnit;
import vn.vankho.model.TypedText;
import vn.vankho.store.UnitStore;

/** The subordinate units that must implement a directive: the ones an implementation tree says have not. */
public final class Units {
  private final UnitStore units;

  Units(UnitStore units) {
    this.units = units;
  }

  public List<SubordinateUnit> list() {
    return units.units();
  }

  public SubordinateUnit add(String name, String parent, String actor) {
    return units.addUnit(TypedText.required(name, "Tên đơn vị", TypedText.NAME),
        TypedText.required(parent, "Cơ quan cấp trên", TypedText.NAME), actor);
  }

  public void remove(long id, String actor) {
    units.removeUnit(id, actor);
  }
}
