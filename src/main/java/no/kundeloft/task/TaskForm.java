package no.kundeloft.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the task dialog edits: what, at which customer (optional), who, by when and at what time
 * (optional).
 */
public class TaskForm {

    @NotBlank
    @Size(max = 500)
    private String description;

    private Long customerId;
    @NotNull private Long assigneeId;
    @NotNull private LocalDate dueDate;
    private LocalTime dueTime;

    public TaskForm() {}

    public TaskForm(
            String description,
            Long customerId,
            Long assigneeId,
            LocalDate dueDate,
            LocalTime dueTime) {
        this.description = description;
        this.customerId = customerId;
        this.assigneeId = assigneeId;
        this.dueDate = dueDate;
        this.dueTime = dueTime;
    }

    public static TaskForm of(TaskRow row) {
        return new TaskForm(
                row.description(),
                row.customerId(),
                row.assigneeId(),
                row.dueDate(),
                row.dueTime());
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public void setDueTime(LocalTime dueTime) {
        this.dueTime = dueTime;
    }
}
