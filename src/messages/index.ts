/**
 * The message catalogue: every sentence the tool says on the terminal, by area, in each language. Each area is an
 * interface with a Vietnamese and an English table, so a sentence missing in one language does not compile.
 * Errors carry a key ("errors.missingPlan", "init.unknownUnit") and its data; cli/main.ts words them in the
 * language of the run (see renderMessage).
 */
import type { Lang } from './lang.js';
import { vi as diagnosticsVi, en as diagnosticsEn, type Messages } from './diagnostics.js';
import { opsVi, opsEn, type OpsMessages } from './ops.js';
import { ERRORS, type ErrorMessages } from './errors.js';
import { INIT, type InitMessages } from './init.js';
import { FORM, type FormMessages } from './form.js';
import { NEW_FOLDER, type NewFolderMessages } from './new-folder.js';
import { STATUS, type StatusMessages } from './status.js';
import { FORMAT, type FormatMessages } from './format.js';
import { PLAN, type PlanMessages } from './plan.js';

export type { Lang } from './lang.js';

/** Every area: what validation says, what commands say as they work, and what errors say. */
export interface Catalogue {
  diagnostics: Messages;
  ops: OpsMessages;
  errors: ErrorMessages;
  init: InitMessages;
  form: FormMessages;
  new: NewFolderMessages;
  status: StatusMessages;
  format: FormatMessages;
  plan: PlanMessages;
}

const CATALOGUE: Record<Lang, Catalogue> = {
  vi: { diagnostics: diagnosticsVi, ops: opsVi, errors: ERRORS.vi, init: INIT.vi, form: FORM.vi, new: NEW_FOLDER.vi, status: STATUS.vi, format: FORMAT.vi, plan: PLAN.vi },
  en: { diagnostics: diagnosticsEn, ops: opsEn, errors: ERRORS.en, init: INIT.en, form: FORM.en, new: NEW_FOLDER.en, status: STATUS.en, format: FORMAT.en, plan: PLAN.en },
};

type Sentence = (...data: never[]) => string;
type Area = keyof Catalogue;
type SentenceName<A extends Area> = { [N in keyof Catalogue[A]]: Catalogue[A][N] extends Sentence ? N : never }[keyof Catalogue[A]] & string;

/** "area.name" of every sentence in the catalogue. */
export type MessageKey = { [A in Area]: `${A}.${SentenceName<A>}` }[Area];

/** The data a key's sentence takes, in order. */
export type MessageData<K extends MessageKey> = K extends `${infer A extends Area}.${infer N}`
  ? N extends keyof Catalogue[A]
    ? Catalogue[A][N] extends (...data: infer D) => string
      ? D
      : never
    : never
  : never;

/** The sentence of `key` with its data, in `lang`. */
export function renderMessage<K extends MessageKey>(lang: Lang, key: K, data: MessageData<K>): string {
  const dot = key.indexOf('.');
  const area = CATALOGUE[lang][key.slice(0, dot) as Area] as unknown as Record<string, (...d: unknown[]) => string>;
  return area[key.slice(dot + 1)]!(...(data as unknown[]));
}

/** A sentence not yet worded: its key and data, for whoever knows the run's language (as a KeyedError carries them). */
export type Keyed<K extends MessageKey = MessageKey> = { [k in K]: { key: k; data: MessageData<k> } }[K];

export function keyed<K extends MessageKey>(key: K, ...data: MessageData<K>): Keyed<K> {
  return { key, data } as Keyed<K>;
}

/** The sentence of a keyed message, in `lang`. */
export function renderKeyed(lang: Lang, message: Keyed): string {
  return renderMessage(lang, message.key, message.data as never);
}

/** Every area of the catalogue in one language, for tests that walk all keys. */
export function catalogueFor(lang: Lang): Catalogue {
  return CATALOGUE[lang];
}
