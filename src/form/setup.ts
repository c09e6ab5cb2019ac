import type { Lang } from '../messages/lang.js';
import type { Plan } from '../plan/types.js';

/** What the page carries for its script: everything the form needs, and nothing fetched. */
export interface FormSetup {
  lang: Lang;
  plan: Plan;
  /** The agency id the report names (an alias id for a successor body). */
  agencyId: string;
  /** The commune or ward, for a group agency. */
  unit?: string;
  /** The report's first line, as `init` writes it: `# yaml-language-server: $schema=…`. */
  modeline: string;
  /** The name the saved report is offered under. */
  fileName: string;
}

/** The id of the `<script type="application/json">` element holding the setup. */
export const SETUP_ID = 'form-setup';
