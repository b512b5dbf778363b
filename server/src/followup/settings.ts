import type { Config } from "../config.js";
import { workingCalendar, type WorkingCalendar } from "./working-days.js";

/** The jurisdiction's follow-up rules, read once from the configuration (README, docs/followup.md). */
export interface FollowupSettings {
  timeZone: string;
  calendar: WorkingCalendar;
  minutesDueWorkingDays: number;
  nextConferenceWeeks: { from: number; to: number };
  evaluationMonths: number;
  taskReminderDays: number;
  /** 0: an overdue task is reminded once. */
  overdueRepeatDays: number;
  /** Days before the minutes, the next conference or the evaluation is due that its reminder goes. */
  deadlineReminderDays: number;
  /** 0: an overdue deadline of the case is reminded once. */
  deadlineOverdueRepeatDays: number;
  sendHour: number;
}

export function followupSettings(config: Config): FollowupSettings {
  return {
    timeZone: config.TIME_ZONE,
    calendar: workingCalendar([config.HOLIDAYS, config.HOLIDAYS_FILE], config.WORKING_WEEKEND_DAYS),
    minutesDueWorkingDays: config.MINUTES_DUE_WORKING_DAYS,
    nextConferenceWeeks: config.NEXT_CONFERENCE_WEEKS,
    evaluationMonths: config.EVALUATION_MONTHS,
    taskReminderDays: config.TASK_REMINDER_DAYS,
    overdueRepeatDays: config.TASK_OVERDUE_REPEAT_DAYS,
    deadlineReminderDays: config.DEADLINE_REMINDER_DAYS,
    deadlineOverdueRepeatDays: config.DEADLINE_OVERDUE_REPEAT_DAYS,
    sendHour: config.REMINDER_SEND_HOUR,
  };
}
