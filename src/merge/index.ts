export { mergeReports, compareActivities } from './model.js';
export { MergeError } from './ints.js';
export { compareText } from './compare.js';
export type {
  AgencyResult,
  AssignmentStatus,
  Coverage,
  DateSpan,
  ExcludedFile,
  FormTotals,
  MergedActivity,
  MergedReport,
  MergeInput,
  MergeOptions,
  MissingReports,
  RaisedItem,
  ReportingUnit,
  StatusCounts,
  TaskResult,
  ThemeCoverage,
  Totals,
  UnitTaskResult,
} from './types.js';
