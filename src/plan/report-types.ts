/** The shape of one unit's activity report, after schema validation. */
export type TaskStatus = 'done' | 'in_progress' | 'not_started';

export interface Activity {
  /** "05/12/2025", "2025-12-05" or a range "01/12/2025 - 10/12/2025". */
  date: string;
  form: string;
  title: string;
  place?: string;
  themes?: string[];
  participants?: number;
  quantities?: Record<string, number>;
  links?: string[];
  /** In đồng. */
  cost?: number;
  note?: string;
  /** The unit that carried it out, when not the reporting unit itself (a roll-up names the province's agency or commune). */
  by?: string;
}

/** A difficulty or proposal: plain text, or text with the unit that raised it (as a roll-up carries them). */
export type RaisedText = string | { text: string; by: string };

export interface TaskReport {
  status: TaskStatus;
  reason?: string;
  summary: string;
  activities?: Activity[];
}

export interface Report {
  plan: string;
  agency: string;
  unit?: string;
  number: string;
  date: string;
  period: string;
  signer: { name: string; title: string };
  tasks: Record<string, TaskReport>;
  difficulties?: RaisedText[];
  proposals?: RaisedText[];
}
