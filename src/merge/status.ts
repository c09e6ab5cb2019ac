import type { AssignmentStatus, StatusCounts } from './types.js';

export function emptyStatusCounts(): StatusCounts {
  return { done: 0, in_progress: 0, not_started: 0, not_reported: 0, total: 0 };
}

export function countStatus(into: StatusCounts, status: AssignmentStatus): void {
  into[status] += 1;
  into.total += 1;
}

export function addStatusCounts(into: StatusCounts, b: StatusCounts): void {
  into.done += b.done;
  into.in_progress += b.in_progress;
  into.not_started += b.not_started;
  into.not_reported += b.not_reported;
  into.total += b.total;
}
