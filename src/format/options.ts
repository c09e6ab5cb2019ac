import type { Lang } from '../messages/lang.js';

/** Options shared by every output format. */
export interface FormatOptions {
  /** 'vi' (default) or 'en' — for the fixed words in the output (messages are already localised). */
  lang: Lang;
  /** ANSI colours (text format only). */
  color: boolean;
  /** Source text per file, for code frames; absent file = no frame. */
  sources?: ReadonlyMap<string, string>;
  /** Version of compile-report, written into machine-readable outputs. */
  toolVersion: string;
}
