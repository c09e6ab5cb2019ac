/** ISO calendar date, yyyy-mm-dd, as the plan file stores it. */
export type IsoDate = string;

export interface DocumentRef {
  /** Document type, e.g. "Chỉ thị"; when absent it is read from the symbol (KH → Kế hoạch …). */
  type?: string;
  /** Full number with symbol, e.g. "400/KH-BCĐNQ-CQTT". */
  number: string;
  date: IsoDate;
  issuer: string;
}

export interface Theme {
  /** As the plan writes it, e.g. "2.1.a" or "B.3". */
  id: string;
  text: string;
  /** Short title for tables and running text; the full text is printed when absent. */
  short?: string;
}

export interface Phase {
  /** As the plan writes it, e.g. "2.1". */
  id: string;
  title: string;
  from: IsoDate;
  to: IsoDate;
  themes: Theme[];
}

export interface Slogan {
  number: number;
  text: string;
  note?: string;
}

export interface Quantity {
  /** e.g. "sessions" */
  id: string;
  /** Vietnamese name for tables, e.g. "Số buổi". */
  name: string;
  /** Words printed after the number in the report, e.g. "buổi", "phút", "lượt phát sóng". */
  unit: string;
}

export interface ActivityForm {
  /** e.g. "conference" */
  id: string;
  name: string;
  /** Quantity ids this form counts. */
  counts: string[];
}

export interface Task {
  /** As the plan writes it, e.g. "III.2.b", "4" or "NV-07". */
  id: string;
  text: string;
  /** Short title for the report's sentences and tables; the full text is printed when absent. */
  short?: string;
}

export interface AgencyAlias {
  id: string;
  name: string;
  note?: string;
}

/**
 * How a plan's consolidated result goes up as one report under the plan it implements. Each of this plan's
 * tasks feeds exactly one parent task, so every activity is carried up once and none is left behind.
 */
export interface Rollup {
  /** The parent plan's agency (or alias) id this body reports as, and its unit when that agency is a group. */
  report_as: { agency: string; unit?: string };
  /** Parent task id → this plan's task ids that feed it. */
  tasks: Record<string, string[]>;
  /** This plan's theme id → the parent plan's theme ids (an id the parent also has maps to itself). */
  themes?: Record<string, string[]>;
  /** This plan's activity form id → the parent plan's (the same id by default). */
  forms?: Record<string, string>;
  /** This plan's quantity id → the parent plan's (the same id by default). */
  quantities?: Record<string, string>;
}

export interface Agency {
  id: string;
  /** Number in section III of the plan. */
  number: number;
  name: string;
  aliases?: AgencyAlias[];
  /** Present for a group assignment (communes, provinces…): each listed unit reports on its own. A plan may have several. */
  group?: {
    /** What one member is called, e.g. "UBND cấp xã" or "UBND tỉnh, thành phố". */
    member: string;
    units: string[];
  };
  tasks: Task[];
}

export interface Signer {
  /** "KT. TRƯỞNG BAN" */
  authority: string;
  /** "PHÓ TRƯỞNG BAN" */
  title?: string;
  /** Extra position line under the title, as the plan prints it. */
  position?: string;
  name: string;
}

/** A problem of the plan's own text, decided once and written down. */
export interface PlanIssue {
  id: string;
  source: string;
  decision: string;
}

export interface Plan {
  /** Stable id, e.g. "lang-son-2025-ngay-nhan-quyen". */
  id: string;
  document: {
    type: string;
    number: string;
    date: IsoDate;
    place: string;
    title: string;
  };
  issuer: {
    /** Upper-case parent body line above the issuer; absent when the issuing body has none. */
    parent?: string;
    /** Upper-case issuing body line as printed in the header. */
    header_name: string;
    name: string;
    /** Symbol for the body's documents, e.g. "BCĐNQ-CQTT". */
    symbol: string;
  };
  implements?: DocumentRef;
  /** How this plan's consolidated result reports up to the plan it implements (build --rollup). */
  rollup?: Rollup;
  campaign: {
    from: IsoDate;
    to: IsoDate;
    phases: Phase[];
  };
  /** IANA time zone whose calendar dates everything (default Asia/Ho_Chi_Minh): "today" is today there. */
  time_zone?: string;
  /** First day an activity may be reported (preparation before the campaign); default the plan's issue date. */
  reportable_from?: IsoDate;
  /** A cost below this many đồng (but above 0) is doubted as typed in nghìn or triệu; default 1 000. */
  cost_floor?: number;
  slogans: Slogan[];
  quantities: Quantity[];
  activity_forms: ActivityForm[];
  agencies: Agency[];
  standing_body: {
    agency: string;
    reports_to: string;
  };
  recipients: string[];
  signer: Signer;
  /** Defaults for the consolidated report compiled from the units' reports. */
  report: {
    number: string;
    title: string;
    /** Default date of the consolidated report (ISO); a --date option overrides it. */
    date?: IsoDate;
    deadline: IsoDate;
    recipients: string[];
    signer: Signer;
  };
  issues?: PlanIssue[];
}
