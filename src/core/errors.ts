import { renderMessage, type Lang, type MessageData, type MessageKey } from '../messages/index.js';

/**
 * An error the user can act on, carried as a message key and its data (as ESLint's messageTemplate and data):
 * cli/main.ts words it in the run's language. `message` holds the Vietnamese wording, the tool's default.
 */
export class KeyedError<K extends MessageKey = MessageKey> extends Error {
  readonly key: K;
  readonly data: MessageData<K>;
  constructor(key: K, ...data: MessageData<K>) {
    super(renderMessage('vi', key, data));
    this.key = key;
    this.data = data;
  }

  /** The sentence in `lang`. */
  render(lang: Lang): string {
    return renderMessage(lang, this.key, this.data);
  }
}

/** A problem with how the tool was called or what it was given to work with: exit 2 with its message. */
export class UsageError<K extends MessageKey = MessageKey> extends KeyedError<K> {
  override readonly name = 'UsageError';
}
