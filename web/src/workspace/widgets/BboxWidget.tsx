import type { Question } from '../../api/types';
import type { WidgetProps } from './types';

/** Placeholder: being built (image boxes). */
export function BboxWidget({ question }: WidgetProps<Extract<Question, { type: 'bbox' }>>) {
  return <p className="text-sm text-slate-500">Box drawing for “{question.name}” is being built.</p>;
}
