package io.rakor.benchmarks.lifecycle;

import io.rakor.persistence.jdbc.JdbcStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.variable.api.history.HistoricVariableInstance;

/**
 * The peer: the same lifecycle as a BPMN process of user tasks in an embedded Flowable engine on an
 * H2 file database, with Flowable's default history level ({@code audit}). A commitment is a
 * process instance whose business key is the commitment's id, started when the commitment is
 * created; agreeing, starting work, each progress report and verifying completion each complete the
 * instance's one open user task, with the status (and the report's progress) as process variables.
 * Each step is one Flowable API call, so one Flowable transaction, after a query for the open task.
 * The H2 file is opened with the settings Rakor's H2 store uses ({@link JdbcStore#H2_SETTINGS}).
 * Thread-safe, as Flowable's services are.
 */
public final class FlowableLifecycle implements LifecycleEngine {
  /** The process: proposed, agree, start, report (three times, one per cycle), verify. */
  static final String BPMN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                   xmlns:flowable="http://flowable.org/bpmn"
                   targetNamespace="https://rakor.io/benchmarks">
        <process id="commitment" name="Commitment" isExecutable="true">
          <startEvent id="proposed"/>
          <sequenceFlow id="toAgree" sourceRef="proposed" targetRef="agree"/>
          <userTask id="agree" name="Agree" flowable:candidateGroups="chair"/>
          <sequenceFlow id="toStart" sourceRef="agree" targetRef="start"/>
          <userTask id="start" name="Start work" flowable:assignee="${lead}"/>
          <sequenceFlow id="toReport" sourceRef="start" targetRef="report"/>
          <userTask id="report" name="Report progress" flowable:assignee="${lead}"/>
          <sequenceFlow id="toReported" sourceRef="report" targetRef="reported"/>
          <exclusiveGateway id="reported" default="again"/>
          <sequenceFlow id="enough" sourceRef="reported" targetRef="verify">
            <conditionExpression xsi:type="tFormalExpression">${reports >= 3}</conditionExpression>
          </sequenceFlow>
          <sequenceFlow id="again" sourceRef="reported" targetRef="report"/>
          <userTask id="verify" name="Verify completion" flowable:candidateGroups="chair"/>
          <sequenceFlow id="toCompleted" sourceRef="verify" targetRef="completed"/>
          <endEvent id="completed"/>
        </process>
      </definitions>
      """;

  private final LifecycleWorkload workload;
  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;

  /**
   * Builds the engine on an H2 file (its schema created) and deploys the process.
   *
   * @param workload the workload
   * @param file the H2 database file, without H2's {@code .mv.db} suffix
   */
  public FlowableLifecycle(LifecycleWorkload workload, Path file) {
    this.workload = workload;
    this.engine =
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:file:" + file.toAbsolutePath() + JdbcStore.H2_SETTINGS)
            .setJdbcDriver("org.h2.Driver")
            .setJdbcUsername("sa")
            .setJdbcPassword("")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
            .setAsyncExecutorActivate(false)
            .buildProcessEngine();
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.history = engine.getHistoryService();
    engine
        .getRepositoryService()
        .createDeployment()
        .name("rakor-benchmark")
        .addString("commitment.bpmn20.xml", BPMN)
        .deploy();
  }

  private String key(int index) {
    return workload.commitment(index).id().value();
  }

  @Override
  public void step(Stage stage, int index) {
    if (stage == Stage.CREATE) {
      Map<String, Object> variables = new HashMap<>();
      variables.put("lead", workload.commitment(index).lead().value());
      variables.put("status", "PROPOSED");
      variables.put("reports", 0);
      runtime.startProcessInstanceByKey("commitment", key(index), variables);
      return;
    }
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(key(index)).singleResult();
    if (task == null) {
      throw new IllegalStateException("no open task for " + key(index) + " at " + stage);
    }
    Map<String, Object> variables = new HashMap<>();
    switch (stage) {
      case AGREE -> variables.put("status", "AGREED");
      case START -> variables.put("status", "IN_PROGRESS");
      case REPORT_1, REPORT_2, REPORT_3 -> {
        variables.put("reports", stage.cycle());
        variables.put("progress" + stage.cycle(), workload.progress(index, stage.cycle()));
      }
      case VERIFY -> variables.put("status", "COMPLETED");
      default -> throw new IllegalArgumentException(stage.name());
    }
    tasks.complete(task.getId(), variables);
  }

  @Override
  public Map<String, String> states() {
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().list()) {
      variables
          .computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
          .put(v.getVariableName(), v.getValue());
    }
    Map<String, String> states = new TreeMap<>();
    for (HistoricProcessInstance p : history.createHistoricProcessInstanceQuery().list()) {
      Map<String, Object> vars = variables.getOrDefault(p.getId(), Map.of());
      String status =
          p.getEndTime() == null ? "RUNNING:" + vars.get("status") : "" + vars.get("status");
      List<Double> progress =
          IntStream.rangeClosed(1, 3)
              .mapToObj(k -> (Double) vars.get("progress" + k))
              .filter(Objects::nonNull)
              .toList();
      states.put(p.getBusinessKey(), LifecycleWorkload.state(status, progress));
    }
    return new LinkedHashMap<>(states);
  }

  @Override
  public void close() {
    engine.close();
  }

  @Override
  public String toString() {
    return "Flowable " + ProcessEngine.class.getPackage().getImplementationVersion();
  }
}
