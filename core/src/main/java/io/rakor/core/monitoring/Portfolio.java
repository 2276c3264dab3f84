package io.rakor.core.monitoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.rakor.core.RakorValidationException;
import io.rakor.core.Violation;
import io.rakor.core.commitments.Commitment;
import io.rakor.core.commitments.CommitmentId;
import io.rakor.core.commitments.CommitmentStatus;
import io.rakor.core.commitments.Milestone;
import io.rakor.core.commitments.MilestoneId;
import io.rakor.core.commitments.Target;
import io.rakor.core.indicators.Direction;
import io.rakor.core.indicators.Indicator;
import io.rakor.core.indicators.IndicatorId;
import io.rakor.core.jurisdictions.JurisdictionCode;
import io.rakor.core.meetings.MeetingId;
import io.rakor.core.priorities.PriorityId;
import io.rakor.core.units.UnitId;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The commitments under monitoring, compiled once into a columnar form that {@link
 * MonitoringEvaluator} reads cycle after cycle without allocating: dates as epoch days, targets and
 * milestones flattened into arrays, units, priorities and jurisdictions as small integers, and the
 * parent/child tree as index lists.
 *
 * <p>Each commitment has an index from 0 in the order given; {@link #indexOf(CommitmentId)} maps
 * ids to indexes. Targets are read with their indicator's direction and baseline, so every
 * indicator a target names must be in the catalogue given. Immutable once built and thread-safe.
 *
 * @since 0.1
 */
public final class Portfolio {
  /** A day that is not given, in the arrays of epoch days. */
  static final int NO_DAY = Integer.MIN_VALUE;

  final ImmutableList<Commitment> commitments;
  final int size;
  final byte[] status;
  final int[] startDay;
  final int[] dueDay;
  final int[] targetFrom;
  final double[] targetValue;
  final double[] targetBaseline;
  final int[] targetByDay;
  final boolean[] targetLowerIsBetter;

  /**
   * Where a target's progress is expected from along a straight line: its period's start if it has
   * one, else the commitment's start.
   */
  final int[] targetStartDay;

  /**
   * Where a target's stretch starts: its period's start if it has one, else the day after the
   * previous target on its indicator and disaggregation.
   */
  final int[] targetFromDay;

  /** The value its stretch starts from: the previous target's, else the baseline. */
  final double[] targetFromValue;

  /** The months its indicator is measured in, as bits {@code 1 << (month - 1)}; 0: any time. */
  final int[] targetSchedule;

  final int[] milestoneFrom;
  final int[] milestoneDueDay;
  final int[] milestoneStartDay;
  final int[] lead;
  final ImmutableList<UnitId> units;
  final int[] priority;
  final ImmutableList<PriorityId> priorities;
  final int[] jurisdictionFrom;
  final int[] jurisdictionNode;
  final ImmutableList<JurisdictionCode> jurisdictions;
  final int[] parent;
  final double[] weight;
  final int[] childFrom;
  final int[] children;

  /** Every index once, children before their parents (a cycle in parent links is cut). */
  final int[] postOrder;

  /**
   * Each index's position in {@link #postOrder}: a child placed after its parent closes a cycle in
   * the parent links, and that link is cut.
   */
  final int[] rank;

  /**
   * The indices of {@link #postOrder} that have children, in the same order: an evaluation judges
   * every commitment by its own inputs in index order, then only these by their children.
   */
  final int[] parentOrder;

  /** Whether some parent link is cut because it closes a cycle (see {@link #rank}). */
  final boolean cyclic;

  private final Map<CommitmentId, Integer> index;
  private final ImmutableList<Indicator> indicators;

  /** The milestone slots each meeting fulfils ({@link Milestone#fulfilledBy()}). */
  final ImmutableListMultimap<MeetingId, Integer> meetingSlots;

  private Portfolio(List<Commitment> list, Map<IndicatorId, Indicator> catalogue) {
    commitments = ImmutableList.copyOf(list);
    size = commitments.size();
    status = new byte[size];
    startDay = new int[size];
    dueDay = new int[size];
    targetFrom = new int[size + 1];
    milestoneFrom = new int[size + 1];
    lead = new int[size];
    priority = new int[size];
    jurisdictionFrom = new int[size + 1];
    parent = new int[size];
    weight = new double[size];
    index = new HashMap<>(size * 2);
    int targets = 0;
    int milestones = 0;
    for (int i = 0; i < size; i++) {
      Commitment c = commitments.get(i);
      if (index.put(c.id(), i) != null) {
        throw new RakorValidationException(
            Violation.of("Portfolio", "commitments[" + i + "]", c.id(), "must not repeat an id"));
      }
      targets += c.targets().size();
      milestones += c.milestones().size();
    }
    targetValue = new double[targets];
    targetBaseline = new double[targets];
    targetByDay = new int[targets];
    targetLowerIsBetter = new boolean[targets];
    targetStartDay = new int[targets];
    targetFromDay = new int[targets];
    targetFromValue = new double[targets];
    targetSchedule = new int[targets];
    milestoneDueDay = new int[milestones];
    milestoneStartDay = new int[milestones];
    Map<UnitId, Integer> unitIndex = new HashMap<>();
    Map<PriorityId, Integer> priorityIndex = new HashMap<>();
    Map<JurisdictionCode, Integer> nodeIndex = new HashMap<>();
    List<UnitId> unitList = new ArrayList<>();
    List<PriorityId> priorityList = new ArrayList<>();
    List<JurisdictionCode> nodeList = new ArrayList<>();
    List<Integer> nodes = new ArrayList<>();
    int t = 0;
    int m = 0;
    ImmutableListMultimap.Builder<MeetingId, Integer> fulfilled = ImmutableListMultimap.builder();
    for (int i = 0; i < size; i++) {
      Commitment c = commitments.get(i);
      status[i] = (byte) c.status().ordinal();
      startDay[i] = Math.toIntExact(c.start().toEpochDay());
      dueDay[i] = Math.toIntExact(c.due().toEpochDay());
      targetFrom[i] = t;
      for (Target target : c.targets()) {
        Indicator indicator = catalogue.get(target.indicator());
        if (indicator == null) {
          throw new RakorValidationException(
              Violation.of(
                  "Portfolio",
                  "indicators",
                  target.indicator(),
                  "must include every indicator a target names (commitment " + c.id() + ")"));
        }
        targetValue[t] = target.value();
        targetBaseline[t] =
            (c.scope().size() == 1 ? indicator.baselineFor(c.scope().get(0)) : indicator.baseline())
                .value();
        targetByDay[t] = Math.toIntExact(target.by().toEpochDay());
        targetLowerIsBetter[t] = indicator.direction() == Direction.LOWER_IS_BETTER;
        targetFromDay[t] = startDay[i];
        targetFromValue[t] = targetBaseline[t];
        LocalDate latest = null;
        for (Target other : c.targets()) {
          if (other.indicator().equals(target.indicator())
              && other.by().isBefore(target.by())
              && other.disaggregation().equals(target.disaggregation())
              && (latest == null || other.by().isAfter(latest))) {
            latest = other.by();
            targetFromDay[t] = Math.toIntExact(other.by().toEpochDay()) + 1;
            targetFromValue[t] = other.value();
          }
        }
        targetStartDay[t] = startDay[i];
        if (target.start().isPresent()) {
          targetStartDay[t] = Math.toIntExact(target.start().get().toEpochDay());
          targetFromDay[t] = targetStartDay[t];
        }
        for (Month month : indicator.measuredIn()) {
          targetSchedule[t] |= 1 << (month.getValue() - 1);
        }
        t++;
      }
      milestoneFrom[i] = m;
      for (Milestone milestone : c.milestones()) {
        milestoneStartDay[m] =
            milestone.start().map(d -> Math.toIntExact(d.toEpochDay())).orElse(NO_DAY);
        int slot = m;
        milestone.fulfilledBy().ifPresent(meeting -> fulfilled.put(meeting, slot));
        milestoneDueDay[m++] = Math.toIntExact(milestone.due().toEpochDay());
      }
      lead[i] = intern(unitIndex, unitList, c.lead());
      priority[i] = intern(priorityIndex, priorityList, c.priority());
      jurisdictionFrom[i] = nodes.size();
      Set<JurisdictionCode> seen = new LinkedHashSet<>();
      for (JurisdictionCode code : c.scope()) {
        seen.add(code);
        seen.addAll(code.ancestors());
      }
      for (JurisdictionCode code : seen) {
        nodes.add(intern(nodeIndex, nodeList, code));
      }
      weight[i] = c.weight();
    }
    targetFrom[size] = t;
    milestoneFrom[size] = m;
    meetingSlots = fulfilled.build();
    jurisdictionFrom[size] = nodes.size();
    jurisdictionNode = nodes.stream().mapToInt(Integer::intValue).toArray();
    units = ImmutableList.copyOf(unitList);
    priorities = ImmutableList.copyOf(priorityList);
    jurisdictions = ImmutableList.copyOf(nodeList);
    int[] childCount = new int[size + 1];
    for (int i = 0; i < size; i++) {
      Optional<CommitmentId> p = commitments.get(i).parent();
      parent[i] = p.map(id -> index.getOrDefault(id, -1)).orElse(-1);
      if (parent[i] >= 0) {
        childCount[parent[i]]++;
      }
    }
    childFrom = new int[size + 1];
    for (int i = 0; i < size; i++) {
      childFrom[i + 1] = childFrom[i] + childCount[i];
    }
    children = new int[childFrom[size]];
    int[] fill = childFrom.clone();
    for (int i = 0; i < size; i++) {
      if (parent[i] >= 0) {
        children[fill[parent[i]]++] = i;
      }
    }
    postOrder = postOrder();
    rank = new int[size];
    for (int k = 0; k < size; k++) {
      rank[postOrder[k]] = k;
    }
    parentOrder = Arrays.stream(postOrder).filter(this::hasChildren).toArray();
    cyclic = Arrays.stream(parentOrder).anyMatch(this::cutsChild);
    this.indicators = ImmutableList.copyOf(catalogue.values());
  }

  /**
   * The same compiled portfolio with other commitments and statuses, sharing every other array: for
   * {@link LiveEvaluation}, whose commitments change only in what the arrays do not hold besides
   * their status.
   */
  Portfolio(Portfolio base, ImmutableList<Commitment> commitments, byte[] status) {
    this.commitments = commitments;
    this.size = base.size;
    this.status = status;
    this.startDay = base.startDay;
    this.dueDay = base.dueDay;
    this.targetFrom = base.targetFrom;
    this.targetValue = base.targetValue;
    this.targetBaseline = base.targetBaseline;
    this.targetByDay = base.targetByDay;
    this.targetLowerIsBetter = base.targetLowerIsBetter;
    this.targetStartDay = base.targetStartDay;
    this.targetFromDay = base.targetFromDay;
    this.targetFromValue = base.targetFromValue;
    this.targetSchedule = base.targetSchedule;
    this.milestoneFrom = base.milestoneFrom;
    this.milestoneDueDay = base.milestoneDueDay;
    this.milestoneStartDay = base.milestoneStartDay;
    this.lead = base.lead;
    this.units = base.units;
    this.priority = base.priority;
    this.priorities = base.priorities;
    this.jurisdictionFrom = base.jurisdictionFrom;
    this.jurisdictionNode = base.jurisdictionNode;
    this.jurisdictions = base.jurisdictions;
    this.parent = base.parent;
    this.weight = base.weight;
    this.childFrom = base.childFrom;
    this.children = base.children;
    this.postOrder = base.postOrder;
    this.rank = base.rank;
    this.parentOrder = base.parentOrder;
    this.cyclic = base.cyclic;
    this.index = base.index;
    this.indicators = base.indicators;
    this.meetingSlots = base.meetingSlots;
  }

  private int[] postOrder() {
    int[] order = new int[size];
    int n = 0;
    byte[] state = new byte[size]; // 0 new, 1 on the path, 2 done
    int[] stack = new int[size];
    int[] next = new int[size];
    for (int root = 0; root < size; root++) {
      if (state[root] != 0) {
        continue;
      }
      int depth = 0;
      stack[0] = root;
      next[0] = childFrom[root];
      state[root] = 1;
      while (depth >= 0) {
        int i = stack[depth];
        if (next[depth] < childFrom[i + 1]) {
          int child = children[next[depth]++];
          if (state[child] == 0) {
            state[child] = 1;
            depth++;
            stack[depth] = child;
            next[depth] = childFrom[child];
          }
        } else {
          state[i] = 2;
          order[n++] = i;
          depth--;
        }
      }
    }
    return order;
  }

  /** Whether a child of {@code i} is placed after it in {@link #postOrder}: that link is cut. */
  private boolean cutsChild(int i) {
    for (int k = childFrom[i]; k < childFrom[i + 1]; k++) {
      if (rank[children[k]] > rank[i]) {
        return true;
      }
    }
    return false;
  }

  boolean hasChildren(int i) {
    return childFrom[i] < childFrom[i + 1];
  }

  private static <K> int intern(Map<K, Integer> index, List<K> list, K key) {
    Integer known = index.get(key);
    if (known != null) {
      return known;
    }
    index.put(key, list.size());
    list.add(key);
    return list.size() - 1;
  }

  /**
   * Compiles commitments for monitoring.
   *
   * @param commitments the commitments, each id once
   * @param indicators the indicators their targets name
   * @return the portfolio
   * @throws RakorValidationException if an id repeats or a target's indicator is missing
   */
  public static Portfolio of(Collection<Commitment> commitments, Collection<Indicator> indicators) {
    Map<IndicatorId, Indicator> catalogue = new HashMap<>();
    for (Indicator indicator : indicators) {
      catalogue.put(indicator.id(), indicator);
    }
    return new Portfolio(List.copyOf(commitments), catalogue);
  }

  /**
   * How many commitments.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * The commitments, in index order.
   *
   * @return the commitments
   */
  public ImmutableList<Commitment> commitments() {
    return commitments;
  }

  /**
   * The commitment at an index.
   *
   * @param index from 0
   * @return the commitment
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Commitment commitment(int index) {
    return commitments.get(index);
  }

  /**
   * The meetings that fulfil milestones of the portfolio ({@link Milestone#fulfilledBy()}): the
   * meetings whose being held an evaluation needs to know, see {@link
   * CycleReports.Builder#meetingHeld}.
   *
   * @return the meetings' ids, each once
   * @since 0.1
   */
  public Set<MeetingId> fulfillingMeetings() {
    return meetingSlots.keySet();
  }

  /**
   * The index of a commitment.
   *
   * @param id the commitment's id
   * @return its index, or empty if it is not in the portfolio
   */
  public OptionalInt indexOf(CommitmentId id) {
    Integer i = index.get(id);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * The indicators the portfolio was compiled with.
   *
   * @return the indicators
   */
  public ImmutableList<Indicator> indicators() {
    return indicators;
  }

  /**
   * The indicator with an id.
   *
   * @param id the id
   * @return the indicator, or empty
   */
  public Optional<Indicator> indicator(IndicatorId id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * The slot of a commitment's milestone in the flattened milestone arrays.
   *
   * @param commitment the commitment's index
   * @param milestone the milestone's id
   * @return the slot, or -1 if the commitment has no such milestone
   */
  int milestoneSlot(int commitment, MilestoneId milestone) {
    List<Milestone> milestones = commitments.get(commitment).milestones();
    for (int k = 0; k < milestones.size(); k++) {
      if (milestones.get(k).id().equals(milestone)) {
        return milestoneFrom[commitment] + k;
      }
    }
    return -1;
  }

  /**
   * The number of target slots (all targets of all commitments).
   *
   * @return the count
   */
  int targetSlots() {
    return targetValue.length;
  }

  /**
   * The number of milestone slots.
   *
   * @return the count
   */
  int milestoneSlots() {
    return milestoneDueDay.length;
  }

  boolean isActive(int i) {
    return status[i] == CommitmentStatus.AGREED.ordinal()
        || status[i] == CommitmentStatus.IN_PROGRESS.ordinal();
  }
}
