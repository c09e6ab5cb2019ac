import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Messages } from '../messages/diagnostics.js';
import { ajvErrorsToDiagnostics, allowedKeys, show, type DiagnosticAt, type ErrorContext, type SchemaWording } from '../load/ajv-errors.js';
import type { DocPath } from '../load/locate-node.js';
import { planExamples } from '../plan/examples.js';
import { reportingBodyName, type PlanIndex } from '../plan/lookup.js';
import { suggest } from '../text/suggest.js';

/** A report's schema errors in the plan's words: whose task a key is, which unit may say `unit`, the plan's own examples. */
export function reportWording(index: PlanIndex, data: unknown, t: Messages): SchemaWording {
  const agencyName = (): string => {
    const id = (data as { agency?: unknown }).agency;
    return typeof id === 'string' ? reportingBodyName(index, id) : String(id);
  };
  return {
    examples: planExamples(index.plan),
    special(error: ErrorObject, path: DocPath, value: unknown, at: DiagnosticAt): Diagnostic | undefined {
      const params = error.params as Record<string, unknown>;
      const topLevel = (key: string): boolean => path.length === 1 && path[0] === key;
      switch (error.keyword) {
        case 'false schema': {
          if (!topLevel('unit')) return undefined;
          const members = index.plan.agencies.flatMap((a) => (a.group ? [a.group.member] : []));
          return at('CR301', path, t.unitOnlyForGroup(agencyName(), members.join(', ')), true);
        }
        case 'additionalProperties': {
          if (!topLevel('tasks')) return undefined;
          const key = String(params.additionalProperty);
          const owner = index.taskOwner.get(key);
          if (owner) return at('CR308', ['tasks', key], t.taskNotAssigned(key, owner.agency.name, agencyName()), true);
          const allowed = allowedKeys(error);
          return at('CR307', ['tasks', key], t.unknownTask(key, agencyName(), allowed, suggest(key, allowed)), true);
        }
        case 'required': {
          const key = String(params.missingProperty);
          if (topLevel('tasks')) return at('CR309', path, t.missingTask(key, agencyName(), index.taskOwner.get(key)?.task.text ?? ''), true);
          if (key === 'reason' && path[0] === 'tasks' && path.length === 2) return at('CR302', [...path, 'status'], t.reasonRequired(String(path[1])));
          return undefined;
        }
        case 'const':
          return topLevel('plan') ? at('CR412', path, t.planMismatch(show(value), String(params.allowedValue))) : undefined;
        default:
          return undefined;
      }
    },
  };
}

/** A report's ajv errors as diagnostics; without a plan index, in the generic wording. */
export function schemaErrorsToDiagnostics(errors: readonly ErrorObject[] | null | undefined, ctx: Omit<ErrorContext, 'wording'> & { index?: PlanIndex }): Diagnostic[] {
  const { index, ...rest } = ctx;
  return ajvErrorsToDiagnostics(errors, index ? { ...rest, wording: reportWording(index, ctx.data, ctx.t) } : rest);
}
