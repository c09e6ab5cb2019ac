import { describe, expect, it } from 'vitest';
import { catalogueFor, renderMessage, type MessageData, type MessageKey } from '../../src/messages/index.js';
import { CODES } from '../../src/diagnostics/codes.js';
import { englishWords, vietnameseLetters } from './language-check.js';

/**
 * Data for every sentence of the catalogue, each variant of a parameter once (every kind of number slip, of
 * template problem, of PDF failure; an optional part given and left out). Typed by key: a sentence added to the
 * catalogue without data here does not compile. The data is neutral (⟨name⟩, numbers, ids) so that what the
 * checks find is the sentence's own words.
 */
const SAMPLES: { [K in MessageKey]: MessageData<K>[] } = {
  'diagnostics.where': [[['tasks', 'I.1', 'activities', 0, 'x1']], [[]], [['tasks', 'I.1']], [['x1', 'x2']]],
  'diagnostics.emptyFile': [[]],
  'diagnostics.utf16': [[]],
  'diagnostics.binaryFile': [['⟨kind⟩'], [null]],
  'diagnostics.byteOrderMark': [[]],
  'diagnostics.notUtf8': [[]],
  'diagnostics.fileTooLarge': [[1, 1], [2, 1], [1, 2]],
  'diagnostics.fileUnreadable': [['⟨reason⟩']],
  // Each code of the yaml library the catalogue words, and one it does not.
  'diagnostics.yamlError': [['⟨code⟩', '⟨snippet⟩', '⟨original⟩'], ['BAD_INDENT', '⟨snippet⟩', '⟨original⟩'], ['TAB_AS_INDENT', '⟨snippet⟩', '⟨original⟩'], ['MISSING_CHAR', '⟨snippet⟩', '⟨original⟩'], ['UNEXPECTED_TOKEN', '⟨snippet⟩', '⟨original⟩'], ['BLOCK_AS_IMPLICIT_KEY', '⟨snippet⟩', '⟨original⟩'], ['COLON_IN_VALUE', '⟨snippet⟩', '⟨original⟩'], ['MULTILINE_IMPLICIT_KEY', '⟨snippet⟩', '⟨original⟩'], ['BAD_SCALAR_START', '⟨snippet⟩', '⟨original⟩'], ['BAD_DQ_ESCAPE', '⟨snippet⟩', '⟨original⟩'], ['DUPLICATE_KEY', '⟨snippet⟩', '⟨original⟩'], ['TAG_RESOLVE_FAILED', '⟨snippet⟩', '⟨original⟩'], ['KEY_OVER_1024_CHARS', '⟨snippet⟩', '⟨original⟩'], ['BAD_ALIAS', '⟨snippet⟩', '⟨original⟩']],
  'diagnostics.multipleDocuments': [[1], [2]],
  'diagnostics.keyIndent': [['⟨key⟩', 1, 1, '⟨sibling⟩', 1], ['⟨key⟩', 2, 1, '⟨sibling⟩', 1], ['⟨key⟩', 1, 2, '⟨sibling⟩', 1], ['⟨key⟩', 1, 1, '⟨sibling⟩', 2]],
  'diagnostics.missingDash': [['⟨key⟩', 1, '⟨fixed⟩'], ['⟨key⟩', 2, '⟨fixed⟩']],
  'diagnostics.aliasLimit': [[1], [2]],
  'diagnostics.tooDeep': [[]],
  'diagnostics.notAMapping': [['⟨kind⟩']],
  'diagnostics.unknownKey': [['⟨key⟩', ['tasks', 'I.1', 'activities', 0, 'x1'], ['⟨a⟩', '⟨b⟩'], '⟨suggestion⟩'], ['⟨key⟩', [], ['⟨a⟩', '⟨b⟩'], '⟨suggestion⟩'], ['⟨key⟩', ['tasks', 'I.1'], ['⟨a⟩', '⟨b⟩'], '⟨suggestion⟩'], ['⟨key⟩', ['x1', 'x2'], ['⟨a⟩', '⟨b⟩'], '⟨suggestion⟩'], ['⟨key⟩', ['tasks', 'I.1', 'activities', 0, 'x1'], ['⟨a⟩', '⟨b⟩'], undefined]],
  'diagnostics.keyNotAllowedHere': [['⟨key⟩', ['tasks', 'I.1', 'activities', 0, 'x1'], '⟨why⟩'], ['⟨key⟩', [], '⟨why⟩'], ['⟨key⟩', ['tasks', 'I.1'], '⟨why⟩'], ['⟨key⟩', ['x1', 'x2'], '⟨why⟩']],
  'diagnostics.missingKey': [['⟨key⟩', ['tasks', 'I.1', 'activities', 0, 'x1']], ['⟨key⟩', []], ['⟨key⟩', ['tasks', 'I.1']], ['⟨key⟩', ['x1', 'x2']]],
  'diagnostics.emptyValue': [[['tasks', 'I.1', 'activities', 0, 'x1'], '⟨expected⟩'], [[], '⟨expected⟩'], [['tasks', 'I.1'], '⟨expected⟩'], [['x1', 'x2'], '⟨expected⟩'], [['tasks', 'I.1', 'activities', 0, 'x1'], undefined]],
  'diagnostics.oneOf': [[['⟨a⟩', '⟨b⟩']]],
  'diagnostics.invisibleInValue': [[['tasks', 'I.1', 'activities', 0, 'x1'], '⟨value⟩', '⟨clean⟩'], [[], '⟨value⟩', '⟨clean⟩'], [['tasks', 'I.1'], '⟨value⟩', '⟨clean⟩'], [['x1', 'x2'], '⟨value⟩', '⟨clean⟩']],
  'diagnostics.invisibleInKey': [['⟨key⟩', ['tasks', 'I.1', 'activities', 0, 'x1'], '⟨clean⟩'], ['⟨key⟩', [], '⟨clean⟩'], ['⟨key⟩', ['tasks', 'I.1'], '⟨clean⟩'], ['⟨key⟩', ['x1', 'x2'], '⟨clean⟩']],
  'diagnostics.wrongType': [[['tasks', 'I.1', 'activities', 0, 'x1'], '⟨expected⟩', '⟨actual⟩'], [[], '⟨expected⟩', '⟨actual⟩'], [['tasks', 'I.1'], '⟨expected⟩', '⟨actual⟩'], [['x1', 'x2'], '⟨expected⟩', '⟨actual⟩']],
  'diagnostics.invalidValue': [[['tasks', 'I.1', 'activities', 0, 'x1'], '⟨value⟩', ['⟨a⟩', '⟨b⟩'], '⟨suggestion⟩'], [[], '⟨value⟩', ['⟨a⟩', '⟨b⟩'], '⟨suggestion⟩'], [['tasks', 'I.1'], '⟨value⟩', ['⟨a⟩', '⟨b⟩'], '⟨suggestion⟩'], [['x1', 'x2'], '⟨value⟩', ['⟨a⟩', '⟨b⟩'], '⟨suggestion⟩'], [['tasks', 'I.1', 'activities', 0, 'x1'], '⟨value⟩', ['⟨a⟩', '⟨b⟩'], undefined]],
  'diagnostics.planMismatch': [['⟨value⟩', '⟨expected⟩']],
  'diagnostics.invalidFormat': [[['tasks', 'I.1', 'activities', 0, 'x1'], '⟨value⟩', '⟨expected⟩'], [[], '⟨value⟩', '⟨expected⟩'], [['tasks', 'I.1'], '⟨value⟩', '⟨expected⟩'], [['x1', 'x2'], '⟨value⟩', '⟨expected⟩']],
  'diagnostics.outOfRange': [[['tasks', 'I.1', 'activities', 0, 'x1'], '⟨value⟩', '⟨limit⟩'], [[], '⟨value⟩', '⟨limit⟩'], [['tasks', 'I.1'], '⟨value⟩', '⟨limit⟩'], [['x1', 'x2'], '⟨value⟩', '⟨limit⟩']],
  'diagnostics.tooMany': [[['tasks', 'I.1', 'activities', 0, 'x1'], 1], [[], 1], [['tasks', 'I.1'], 1], [['x1', 'x2'], 1], [['tasks', 'I.1', 'activities', 0, 'x1'], 2]],
  'diagnostics.repeatedItem': [[['tasks', 'I.1', 'activities', 0, 'x1'], '⟨value⟩'], [[], '⟨value⟩'], [['tasks', 'I.1'], '⟨value⟩'], [['x1', 'x2'], '⟨value⟩']],
  'diagnostics.unknownTask': [['⟨task⟩', '⟨agency⟩', ['⟨a⟩', '⟨b⟩'], '⟨suggestion⟩'], ['⟨task⟩', '⟨agency⟩', ['⟨a⟩', '⟨b⟩'], undefined]],
  'diagnostics.taskNotAssigned': [['⟨task⟩', '⟨owner⟩', '⟨agency⟩']],
  'diagnostics.missingTask': [['⟨task⟩', '⟨agency⟩', '⟨text⟩']],
  'diagnostics.unitOnlyForGroup': [['⟨agency⟩', '⟨group⟩']],
  'diagnostics.reasonRequired': [['⟨task⟩']],
  'diagnostics.invalidDate': [['⟨value⟩']],
  'diagnostics.dateOutsidePeriod': [[['tasks', 'I.1', 'activities', 0, 'x1'], '⟨value⟩', '⟨period⟩'], [[], '⟨value⟩', '⟨period⟩'], [['tasks', 'I.1'], '⟨value⟩', '⟨period⟩'], [['x1', 'x2'], '⟨value⟩', '⟨period⟩']],
  'diagnostics.dateOutsideCampaign': [[['tasks', 'I.1', 'activities', 0, 'x1'], '⟨value⟩', '⟨campaign⟩'], [[], '⟨value⟩', '⟨campaign⟩'], [['tasks', 'I.1'], '⟨value⟩', '⟨campaign⟩'], [['x1', 'x2'], '⟨value⟩', '⟨campaign⟩']],
  'diagnostics.reversedRange': [[['tasks', 'I.1', 'activities', 0, 'x1'], '⟨value⟩'], [[], '⟨value⟩'], [['tasks', 'I.1'], '⟨value⟩'], [['x1', 'x2'], '⟨value⟩']],
  'diagnostics.swappedDayMonth': [['⟨value⟩', '⟨swapped⟩']],
  'diagnostics.reportBeforePlan': [['⟨value⟩', '⟨plan⟩', '⟨planDate⟩']],
  'diagnostics.reportBeforePeriod': [['⟨value⟩', '⟨periodStart⟩']],
  'diagnostics.reportBeforeActivity': [['⟨value⟩', '⟨activityDate⟩', ['tasks', 'I.1', 'activities', 0, 'x1']], ['⟨value⟩', '⟨activityDate⟩', []], ['⟨value⟩', '⟨activityDate⟩', ['tasks', 'I.1']], ['⟨value⟩', '⟨activityDate⟩', ['x1', 'x2']]],
  'diagnostics.reportLongAfterCampaign': [['⟨value⟩', '⟨campaignEnd⟩', 1], ['⟨value⟩', '⟨campaignEnd⟩', 2]],
  'diagnostics.dateSpelling': [['⟨suggestion⟩']],
  'diagnostics.expectedForm': [['period'], ['date'], ['number'], ['pattern'], ['date', { day: '01/12/2025', range: '01/12/2025 - 31/12/2025', number: '15/BC' }]],
  'diagnostics.tooLong': [[200]],
  'diagnostics.negative': [[]],
  'diagnostics.over': [['1000']],
  'diagnostics.absurdQuantity': [[['tasks', 'I.1', 'activities', 0, 'x1'], '⟨value⟩', '⟨limit⟩'], [[], '⟨value⟩', '⟨limit⟩'], [['tasks', 'I.1'], '⟨value⟩', '⟨limit⟩'], [['x1', 'x2'], '⟨value⟩', '⟨limit⟩']],
  'diagnostics.quantityNotForForm': [['⟨quantity⟩', '⟨form⟩', ['⟨a⟩', '⟨b⟩']]],
  'diagnostics.costBelowFloor': [[['tasks', 'I.1', 'activities', 0, 'x1'], '⟨value⟩', '⟨floor⟩', '⟨thousands⟩', '⟨millions⟩'], [[], '⟨value⟩', '⟨floor⟩', '⟨thousands⟩', '⟨millions⟩'], [['tasks', 'I.1'], '⟨value⟩', '⟨floor⟩', '⟨thousands⟩', '⟨millions⟩'], [['x1', 'x2'], '⟨value⟩', '⟨floor⟩', '⟨thousands⟩', '⟨millions⟩']],
  'diagnostics.activitiesWhileNotStarted': [['⟨task⟩', 1], ['⟨task⟩', 2]],
  'diagnostics.duplicateActivity': [[1], [2]],
  'diagnostics.decomposedUnicode': [['⟨sample⟩']],
  'diagnostics.legacyEncoding': [['⟨sample⟩', '⟨encoding⟩']],
  'diagnostics.malformedLink': [['⟨value⟩']],
  'diagnostics.controlCharacter': [['⟨codePoint⟩']],
  'diagnostics.duplicateUnit': [['⟨unit⟩', '⟨otherFile⟩']],
  'diagnostics.numberSlip': [['separators', ['tasks', 'I.1', 'activities', 0, 'x1'], '⟨written⟩', '⟨reads⟩', '⟨meant⟩'], ['fraction', ['tasks', 'I.1', 'activities', 0, 'x1'], '⟨written⟩', '⟨reads⟩', '⟨meant⟩'], ['exponent', ['tasks', 'I.1', 'activities', 0, 'x1'], '⟨written⟩', '⟨reads⟩', '⟨meant⟩'], ['quoted', ['tasks', 'I.1', 'activities', 0, 'x1'], '⟨written⟩', '⟨reads⟩', '⟨meant⟩'], ['notation', ['tasks', 'I.1', 'activities', 0, 'x1'], '⟨written⟩', '⟨reads⟩', '⟨meant⟩'], ['separators', [], '⟨written⟩', '⟨reads⟩', '⟨meant⟩'], ['separators', ['tasks', 'I.1'], '⟨written⟩', '⟨reads⟩', '⟨meant⟩'], ['separators', ['x1', 'x2'], '⟨written⟩', '⟨reads⟩', '⟨meant⟩'], ['separators', ['tasks', 'I.1', 'activities', 0, 'x1'], '⟨written⟩', undefined, '⟨meant⟩'], ['separators', ['tasks', 'I.1', 'activities', 0, 'x1'], '⟨written⟩', '⟨reads⟩', undefined]],
  'diagnostics.yamlVersion': [['⟨version⟩']],
  'diagnostics.textCutByHash': [['⟨kept⟩', '⟨lost⟩']],
  'diagnostics.commentAfterText': [['⟨kept⟩', '⟨comment⟩']],
  'diagnostics.textReadAsValue': [[['tasks', 'I.1', 'activities', 0, 'x1'], '⟨written⟩', '⟨kind⟩'], [[], '⟨written⟩', '⟨kind⟩'], [['tasks', 'I.1'], '⟨written⟩', '⟨kind⟩'], [['x1', 'x2'], '⟨written⟩', '⟨kind⟩']],
  'diagnostics.anchorInText': [['⟨lost⟩', '⟨kept⟩']],
  'diagnostics.aliasInText': [['⟨written⟩']],
  'diagnostics.textSplitByColon': [['⟨written⟩']],
  'diagnostics.backslashInDoubleQuotes': [['⟨written⟩', ['⟨a⟩', '⟨b⟩']]],
  'diagnostics.unclosedQuote': [[1, '⟨swallowed⟩'], [2, '⟨swallowed⟩']],
  'diagnostics.keyInsideBlockText': [['⟨key⟩', ['tasks', 'I.1', 'activities', 0, 'x1'], 1, 1, 1], ['⟨key⟩', [], 1, 1, 1], ['⟨key⟩', ['tasks', 'I.1'], 1, 1, 1], ['⟨key⟩', ['x1', 'x2'], 1, 1, 1], ['⟨key⟩', ['tasks', 'I.1', 'activities', 0, 'x1'], 2, 1, 1], ['⟨key⟩', ['tasks', 'I.1', 'activities', 0, 'x1'], 1, 2, 1], ['⟨key⟩', ['tasks', 'I.1', 'activities', 0, 'x1'], 1, 1, 2]],
  'diagnostics.commentInsideBlockText': [['⟨line⟩', ['tasks', 'I.1', 'activities', 0, 'x1']], ['⟨line⟩', []], ['⟨line⟩', ['tasks', 'I.1']], ['⟨line⟩', ['x1', 'x2']]],
  'diagnostics.bulletsFolded': [['⟨line⟩', ['tasks', 'I.1', 'activities', 0, 'x1'], '⟨header⟩'], ['⟨line⟩', [], '⟨header⟩'], ['⟨line⟩', ['tasks', 'I.1'], '⟨header⟩'], ['⟨line⟩', ['x1', 'x2'], '⟨header⟩']],
  'diagnostics.planProblem': [['⟨message⟩']],
  'diagnostics.templateProblem': [[{ kind: 'folder-missing' }], [{ kind: 'unreadable', reason: 'EACCES' }], [{ kind: 'too-large', limit: 1000 }], [{ kind: 'unclosed-block', helper: 'each' }], [{ kind: 'mismatched-close', open: 'each', close: 'if', openLine: 3 }], [{ kind: 'stray-close', helper: 'each' }], [{ kind: 'stray-else' }], [{ kind: 'unclosed-tag' }], [{ kind: 'bad-tag', text: '{{}}' }], [{ kind: 'syntax', near: '{{#' }], [{ kind: 'unknown-helper', helper: 'foo' }], [{ kind: 'unknown-field', field: 'x.y' }], [{ kind: 'partial' }], [{ kind: 'directive-has-mustache' }], [{ kind: 'bad-directive', text: '@x' }], [{ kind: 'table-needs-name', text: '@table' }], [{ kind: 'page-orientation', text: '@page up' }], [{ kind: 'unknown-directive', word: 'foo' }], [{ kind: 'page-not-first' }], [{ kind: 'unknown-table', name: 't9', tables: ['t1', 't2'] }], [{ kind: 'table-headers', name: 't1', expected: 3, got: 2 }], [{ kind: 'no-title-line' }], [{ kind: 'render-failed', detail: 'x1' }]],
  'diagnostics.rollupProblem': [['⟨parentPlan⟩', '⟨message⟩']],
  'ops.configUnknownKey': [['⟨key⟩', ['⟨a⟩', '⟨b⟩'], '⟨suggestion⟩'], ['⟨key⟩', ['⟨a⟩', '⟨b⟩'], undefined]],
  'ops.configNoSuchDate': [['⟨value⟩']],
  'ops.configPathMissing': [['⟨key⟩', '⟨value⟩', '⟨dir⟩']],
  'ops.schemaFileMissing': [['⟨ref⟩', '⟨resolved⟩']],
  'ops.schemaUnreadable': [['⟨ref⟩', '⟨why⟩']],
  'ops.schemaOtherPlan': [['⟨ref⟩', '⟨found⟩', '⟨expected⟩']],
  'ops.schemaOtherAgency': [['⟨ref⟩', '⟨found⟩', '⟨agency⟩']],
  'ops.reading': [[1, 1], [2, 1], [1, 2]],
  'ops.merging': [[1], [2]],
  'ops.rendering': [[]],
  'ops.converting': [[]],
  'ops.writing': [['⟨file⟩']],
  'ops.wroteResults': [['⟨file⟩', 1, 1, 1], ['⟨file⟩', 2, 1, 1], ['⟨file⟩', 1, 2, 1], ['⟨file⟩', 1, 1, 2]],
  'ops.wroteSchema': [['⟨file⟩', '⟨plan⟩']],
  'ops.wrotePdf': [['⟨file⟩']],
  'ops.templateUnknownFile': [['⟨file⟩', ['⟨a⟩', '⟨b⟩'], '⟨suggestion⟩'], ['⟨file⟩', ['⟨a⟩', '⟨b⟩'], undefined]],
  'ops.wroteDocx': [['⟨file⟩', 1, 1, 1, 1, 1], ['⟨file⟩', 2, 1, 1, 1, 1], ['⟨file⟩', 1, 2, 1, 1, 1], ['⟨file⟩', 1, 1, 2, 1, 1], ['⟨file⟩', 1, 1, 1, 2, 1], ['⟨file⟩', 1, 1, 1, 1, 2]],
  'ops.buildRefused': [[1, 1, '⟨kept⟩'], [2, 1, '⟨kept⟩'], [1, 2, '⟨kept⟩'], [1, 1, undefined]],
  'ops.skipped': [['⟨file⟩', '⟨reason⟩']],
  'ops.unreadable': [[]],
  'ops.noValidReport': [[]],
  'ops.rollupRefused': [['⟨file⟩']],
  'ops.wroteRollup': [['⟨file⟩', '⟨plan⟩', 1], ['⟨file⟩', '⟨plan⟩', 2]],
  'ops.periodLabel': [
    [{ kind: 'month', year: 2025, part: 12, from: '2025-11-15', to: '2025-12-14' }],
    [{ kind: 'quarter', year: 2025, part: 4, from: '2025-09-15', to: '2025-12-14' }],
    [{ kind: 'half', year: 2025, part: 1, from: '2024-12-15', to: '2025-06-14' }],
    [{ kind: 'half', year: 2025, part: 2, from: '2025-06-15', to: '2025-12-14' }],
    [{ kind: 'year', year: 2025, part: 0, from: '2024-12-15', to: '2025-12-14' }],
    [{ kind: 'campaign', year: 2025, part: 0, from: '2025-12-01', to: '2025-12-31' }],
  ],
  'ops.periodNote': [['⟨label⟩']],
  'ops.planUnusable': [['⟨name⟩']],
  'ops.tooManyWarnings': [[1, 1], [2, 1], [1, 2]],
  'ops.notReportsSkipped': [[['⟨a⟩', '⟨b⟩']]],
  'errors.missingPlan': [[]],
  'errors.noReports': [[]],
  'errors.noReportFiles': [[['⟨a⟩', '⟨b⟩']]],
  'errors.missingOut': [[]],
  'errors.outNotDocx': [['⟨out⟩']],
  'errors.rollupNeedsParent': [[]],
  'errors.rollupNotYaml': [['⟨path⟩']],
  'errors.rollupIsAnotherOutput': [['⟨path⟩']],
  'errors.invalidReportDate': [['⟨value⟩']],
  'errors.emptyNumber': [['⟨example⟩']],
  'errors.emptySigner': [[]],
  'errors.invalidAsOf': [['⟨value⟩']],
  'errors.invalidPeriod': [['⟨text⟩', ['⟨a⟩', '⟨b⟩'], 'form', '⟨years⟩'], ['⟨text⟩', ['⟨a⟩', '⟨b⟩'], 'year-range', '⟨years⟩'], ['⟨text⟩', ['⟨a⟩', '⟨b⟩'], 'needs-plan', '⟨years⟩']],
  'errors.unknownAgency': [['⟨value⟩', ['⟨a⟩', '⟨b⟩'], '⟨suggestion⟩'], ['⟨value⟩', ['⟨a⟩', '⟨b⟩'], undefined]],
  'errors.configNotFound': [['⟨path⟩']],
  'errors.configUnusable': [['⟨name⟩']],
  'errors.pdfNoSoffice': [[]],
  'errors.pdfFailed': [['exit', '⟨detail⟩'], ['timeout', '⟨detail⟩'], ['no-output', '⟨detail⟩'], ['spawn', '⟨detail⟩']],
  'errors.templateFailed': [['⟨file⟩', { kind: 'folder-missing' }, 1, 1], ['⟨file⟩', { kind: 'unreadable', reason: 'EACCES' }, 1, 1], ['⟨file⟩', { kind: 'too-large', limit: 1000 }, 1, 1], ['⟨file⟩', { kind: 'unclosed-block', helper: 'each' }, 1, 1], ['⟨file⟩', { kind: 'mismatched-close', open: 'each', close: 'if', openLine: 3 }, 1, 1], ['⟨file⟩', { kind: 'stray-close', helper: 'each' }, 1, 1], ['⟨file⟩', { kind: 'stray-else' }, 1, 1], ['⟨file⟩', { kind: 'unclosed-tag' }, 1, 1], ['⟨file⟩', { kind: 'bad-tag', text: '{{}}' }, 1, 1], ['⟨file⟩', { kind: 'syntax', near: '{{#' }, 1, 1], ['⟨file⟩', { kind: 'unknown-helper', helper: 'foo' }, 1, 1], ['⟨file⟩', { kind: 'unknown-field', field: 'x.y' }, 1, 1], ['⟨file⟩', { kind: 'partial' }, 1, 1], ['⟨file⟩', { kind: 'directive-has-mustache' }, 1, 1], ['⟨file⟩', { kind: 'bad-directive', text: '@x' }, 1, 1], ['⟨file⟩', { kind: 'table-needs-name', text: '@table' }, 1, 1], ['⟨file⟩', { kind: 'page-orientation', text: '@page up' }, 1, 1], ['⟨file⟩', { kind: 'unknown-directive', word: 'foo' }, 1, 1], ['⟨file⟩', { kind: 'page-not-first' }, 1, 1], ['⟨file⟩', { kind: 'unknown-table', name: 't9', tables: ['t1', 't2'] }, 1, 1], ['⟨file⟩', { kind: 'table-headers', name: 't1', expected: 3, got: 2 }, 1, 1], ['⟨file⟩', { kind: 'no-title-line' }, 1, 1], ['⟨file⟩', { kind: 'render-failed', detail: 'x1' }, 1, 1], ['⟨file⟩', { kind: 'folder-missing' }, 2, 1], ['⟨file⟩', { kind: 'folder-missing' }, undefined, 1], ['⟨file⟩', { kind: 'folder-missing' }, 1, 2], ['⟨file⟩', { kind: 'folder-missing' }, 1, undefined]],
  'errors.outputIsInput': [['⟨target⟩', '⟨input⟩']],
  'errors.folderNotWritable': [['⟨folder⟩', '⟨errno⟩'], ['⟨folder⟩', undefined]],
  'errors.parentIsFile': [['⟨parent⟩']],
  'errors.folderMissing': [['⟨folder⟩']],
  'errors.notAFolder': [['⟨folder⟩']],
  'errors.targetIsFolder': [['⟨target⟩']],
  'errors.tempFileFailed': [['⟨folder⟩']],
  'errors.writeFailed': [['⟨target⟩', '⟨errno⟩'], ['⟨target⟩', undefined]],
  'errors.notCount': [['⟨file⟩', '⟨path⟩', '⟨value⟩']],
  'errors.totalTooLarge': [['⟨what⟩']],
  'errors.unknownOption': [['⟨option⟩', '⟨suggestion⟩'], ['⟨option⟩', undefined]],
  'errors.unknownCommand': [['⟨command⟩', '⟨suggestion⟩'], ['⟨command⟩', undefined]],
  'errors.missingArgument': [['⟨name⟩']],
  'errors.optionNeedsValue': [['⟨option⟩']],
  'errors.invalidOptionValue': [['⟨option⟩', '⟨value⟩', ['⟨a⟩', '⟨b⟩']]],
  'errors.excessArguments': [['⟨command⟩', 1], ['⟨command⟩', 2]],
  'errors.seeHelp': [[]],
  'errors.internalError': [[]],
  'errors.reportBug': [['⟨version⟩', '⟨command⟩', '⟨node⟩', true], ['⟨version⟩', '⟨command⟩', '⟨node⟩', false]],
  'init.missingAgency': [[['⟨a⟩', '⟨b⟩']]],
  'init.unitNeeded': [['⟨agency⟩', '⟨member⟩', ['⟨a⟩', '⟨b⟩']]],
  'init.unitNotAllowed': [['⟨agency⟩']],
  'init.unknownUnit': [['⟨value⟩', '⟨member⟩', '⟨suggestion⟩'], ['⟨value⟩', '⟨member⟩', undefined]],
  'init.exists': [['⟨path⟩']],
  'init.schemaMissing': [['⟨path⟩', '⟨plan⟩']],
  'init.written': [['⟨path⟩', '⟨who⟩', '⟨plan⟩']],
  'form.missingOut': [[true], [false]],
  'form.unitWithAll': [[]],
  'form.noBundle': [['⟨path⟩']],
  'form.notAFolder': [['⟨path⟩']],
  'form.written': [['⟨path⟩', '⟨who⟩', 1], ['⟨path⟩', '⟨who⟩', 2]],
  'form.writtenAll': [[1, '⟨folder⟩'], [2, '⟨folder⟩']],
  'form.next': [['⟨plan⟩']],
  'new.missingFolder': [[]],
  'new.notEmpty': [['⟨folder⟩', ['⟨a⟩', '⟨b⟩']]],
  'new.notAFolder': [['⟨folder⟩']],
  'new.written': [['⟨folder⟩', '⟨planNumber⟩', ['⟨a⟩', '⟨b⟩'], '⟨reports⟩', '⟨out⟩']],
  'status.groupLine': [['⟨member⟩', 1, 2]],
  'status.invalidLine': [[1], [2]],
  'status.summary': [
    [{ expected: 9, reported: 5, onTime: 4, late: 1, missing: 4, overdue: 2, invalidFiles: 1, agencies: { expected: 3, reported: 2 } }, true, [{ name: '⟨group⟩', reported: 3, expected: 6 }]],
    [{ expected: 9, reported: 5, onTime: 4, late: 1, missing: 4, overdue: 0, invalidFiles: 0, agencies: { expected: 3, reported: 2 } }, false, []],
  ],
  'plan.duplicateId': [['⟨id⟩']],
  'plan.undeclaredQuantity': [['⟨id⟩']],
  'plan.noStandingAgency': [['⟨id⟩']],
  'plan.noSuchDate': [['⟨value⟩']],
  'plan.campaignReversed': [[]],
  'plan.reportableAfterCampaign': [[]],
  'plan.unknownTimeZone': [['⟨zone⟩']],
  'plan.phaseOutsideCampaign': [['⟨id⟩']],
  'plan.rollupNoOwnTask': [['⟨id⟩']],
  'plan.rollupTaskFedTwice': [['⟨id⟩', '⟨parentTask⟩']],
  'plan.rollupTaskUnfed': [['⟨id⟩']],
  'plan.rollupNoOwnId': [['⟨list⟩', '⟨id⟩']],
  'plan.rollupMissing': [[]],
  'plan.rollupOtherParent': [['⟨implemented⟩', '⟨parent⟩']],
  'plan.rollupNoParentAgency': [['⟨id⟩', ['⟨a⟩', '⟨b⟩']]],
  'plan.rollupUnitNeeded': [['⟨agency⟩', '⟨member⟩']],
  'plan.rollupUnitNotListed': [['⟨unit⟩', '⟨member⟩']],
  'plan.rollupUnitNotGroup': [['⟨agency⟩']],
  'plan.rollupTaskOfOther': [['⟨id⟩', '⟨owner⟩', '⟨agency⟩']],
  'plan.rollupNoParentTask': [['⟨id⟩', '⟨agency⟩', ['⟨a⟩', '⟨b⟩']]],
  'plan.rollupParentTaskUnfed': [['⟨id⟩', '⟨agency⟩']],
  'plan.rollupThemeUnmapped': [['⟨id⟩']],
  'plan.rollupNoParentTheme': [['⟨id⟩']],
  'plan.rollupNoParentQuantity': [['⟨id⟩']],
  'plan.rollupNoParentForm': [['⟨id⟩']],
  'plan.rollupFormDropsQuantity': [['⟨parentForm⟩', '⟨quantity⟩', '⟨form⟩']],
  'format.group': [[1, 1], [2, 5]],
  'format.problems': [[1, 0, 1, 3], [2, 3, 2, 5]],
  'format.clean': [[1], [4]],
  'format.warnings': [[1], [3]],
};

/** Every string of an area that is not a sentence (headings, state names, type names), with where it is. */
function wordsOf(value: unknown, where: string): [string, string][] {
  if (typeof value === 'string') return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => wordsOf(v, `${where}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (k === 'lang' ? [] : wordsOf(v, `${where}.${k}`)));
  return [];
}

/** Names of the tool, its commands, options, files and formats are words of no language. */
function wording(text: string): string {
  return text.replace(/⟨[^⟩]*⟩|compile-report(\.config\.ya?ml)?|--?[a-z][a-z-]*|\S*[/\\]\S*|\S+\.(ya?ml|json|docx|html|csv|pdf)\b/g, ' ');
}

const ROWS = (Object.entries(SAMPLES) as [MessageKey, unknown[][]][]).flatMap(([key, rows]) => rows.map((data, i) => [`${key} #${i + 1}`, key, data] as const));

describe('the message catalogue', () => {
  it('has data for every sentence of every area', () => {
    const keys = Object.entries(catalogueFor('vi')).flatMap(([area, table]) =>
      Object.entries(table as object).filter(([, v]) => typeof v === 'function').map(([name]) => `${area}.${name}`),
    );
    // configFormat answers undefined for a key it does not describe: a lookup, not a sentence.
    expect(keys.filter((k) => k !== 'ops.configFormat').sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(ROWS)('%s: English without Vietnamese, Vietnamese without English', (_name, key, data) => {
    const en = renderMessage('en', key, data as MessageData<typeof key>);
    const vi = renderMessage('vi', key, data as MessageData<typeof key>);
    expect(vi.length === 0).toBe(en.length === 0);
    expect(vietnameseLetters(wording(en))).toEqual([]);
    expect(englishWords(wording(vi))).toEqual([]);
  });

  it('every word that is not a sentence is in its own language too', () => {
    const en = wordsOf(catalogueFor('en'), 'en');
    const vi = wordsOf(catalogueFor('vi'), 'vi');
    expect(en.length).toBeGreaterThan(20);
    expect(en.length).toBe(vi.length);
    for (const [where, text] of en) expect(vietnameseLetters(wording(text)), where).toEqual([]);
    for (const [where, text] of vi) expect(englishWords(wording(text)), where).toEqual([]);
  });

  it('every diagnostic code has a title and help in each language, each in its own', () => {
    for (const [code, info] of Object.entries(CODES)) {
      expect(vietnameseLetters(wording(`${info.title.en} ${info.help.en}`)), code).toEqual([]);
      expect(englishWords(wording(`${info.title.vi} ${info.help.vi}`)), code).toEqual([]);
    }
  });
});
