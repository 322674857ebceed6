package vn.vankho.archive;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.vankho.model.Precedent;

/**
 * How many awards of each form were made each year: what the charts of a campaign and of a precedent
 * search draw. Awards whose decision has no date are left out, for they have no year to stand in.
 */
public record AwardCounts(List<Integer> years, List<String> forms, Map<Integer, Map<String, Integer>> counts) {

  public AwardCounts {
    years = List.copyOf(years);
    forms = List.copyOf(forms);
    counts = Map.copyOf(counts);
  }

  static AwardCounts of(List<Precedent> awards) {
    Map<Integer, Map<String, Integer>> counts = new TreeMap<>();
    TreeSet<String> forms = new TreeSet<>();
    for (Precedent award : awards) {
      if (award.year() != null) {
        counts.computeIfAbsent(award.year(), y -> new TreeMap<>()).merge(award.form(), 1, Integer::sum);
        forms.add(award.form());
      }
    }
    counts.replaceAll((year, byForm) -> Map.copyOf(byForm));
    return new AwardCounts(List.copyOf(counts.keySet()), List.copyOf(forms), counts);
  }

  public int count(int year, String form) {
    return counts.getOrDefault(year, Map.of()).getOrDefault(form, 0);
  }

  public int total(int year) {
    return counts.getOrDefault(year, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
  }

  public int largestTotal() {
    return years.stream().mapToInt(this::total).max().orElse(0);
  }

  public boolean isEmpty() {
    return years.isEmpty();
  }
}
