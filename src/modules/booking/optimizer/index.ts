/** The meeting-schedule optimizer: pure functions over plain data (no database, no queue). */
export { capacityReport, type BusyParticipant, type CapacityReport } from './capacity-report';
export { firstComeFirstServed } from './first-come-first-served';
export { DEFAULT_TIME_BUDGET_MS, optimizeSchedule, type OptimizeOptions } from './optimize-schedule';
export type * from './schedule.types';
export { INSTANCE_LIMITS, InvalidScheduleInstanceError, validateInstance, type InstanceValidation } from './validate-instance';
export { verifyPlan } from './verify-plan';
