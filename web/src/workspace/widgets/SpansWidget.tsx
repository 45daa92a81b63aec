import type { Question } from '../../api/types';
import type { WidgetProps } from './types';

/** Placeholder: being built (text spans). */
export function SpansWidget({ question }: WidgetProps<Extract<Question, { type: 'spans' }>>) {
  return <p className="text-sm text-slate-500">Span labelling for “{question.name}” is being built.</p>;
}
