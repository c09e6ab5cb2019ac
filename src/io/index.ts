export { checkOutput, writeFileAtomic, OutputError, type OutputErrorKind, type WriteAtomicOptions, type AtomicData } from './write-atomic.js';
