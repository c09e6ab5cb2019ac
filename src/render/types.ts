import type { Signer } from '../plan/types.js';

export interface RenderOptions {
  /** Number and symbol of the consolidated report, e.g. "15/BC-BCĐNQ-CQTT" ("5/…" becomes "05/…"). */
  number: string;
  /** Date of the report, ISO yyyy-mm-dd (dd/mm/yyyy is accepted too). */
  date: string;
  signer: Signer;
  /** "Nơi nhận" lines; the last one should be "Lưu: VT, …" (added as "Lưu: VT." when missing). */
  recipients: string[];
  /** Place in the place-date line; defaults to plan.document.place. */
  place?: string;
  /** Folder with replacement templates; files it lacks come from the package's templates/. */
  templateDir?: string;
  /**
   * Seconds since 1970 (as the SOURCE_DATE_EPOCH convention) for docProps/core.xml created/modified.
   * Defaults to the report date at 00:00:00 UTC. The wall clock is never used.
   */
  sourceDateEpoch?: number;
  /**
   * Phụ lục I lists every activity while there are at most this many (default 3000); beyond that it
   * lists one row per reporting unit, as a DOCX table of tens of thousands of rows is unusable.
   */
  maxActivityRows?: number;
  /**
   * The reporting window of a periodic export (`build --period`): the document states it in the trích
   * yếu and the opening paragraph. `label` names it ("tháng 12 năm 2025"); from/to are ISO dates.
   */
  period?: { label: string; from: string; to: string };
}
