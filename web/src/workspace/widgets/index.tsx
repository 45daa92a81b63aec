import { ApprovalWidget } from './ApprovalWidget';
import { BboxWidget } from './BboxWidget';
import { MultiChoiceWidget } from './MultiChoiceWidget';
import { PairwiseWidget } from './PairwiseWidget';
import { RankingWidget } from './RankingWidget';
import { RatingWidget } from './RatingWidget';
import { RubricWidget } from './RubricWidget';
import { SingleChoiceWidget } from './SingleChoiceWidget';
import { SpansWidget } from './SpansWidget';
import { TextWidget } from './TextWidget';
import type { WidgetProps } from './types';

export type { WidgetProps } from './types';

/**
 * The widget for a question, by its type. The switch is exhaustive: a new question type in
 * `api/types.ts` fails to compile here until it has a widget.
 */
export function QuestionWidget(props: WidgetProps) {
  const { question } = props;
  switch (question.type) {
    case 'single_choice':
      return <SingleChoiceWidget {...props} question={question} />;
    case 'multi_choice':
      return <MultiChoiceWidget {...props} question={question} />;
    case 'rating':
      return <RatingWidget {...props} question={question} />;
    case 'rubric':
      return <RubricWidget {...props} question={question} />;
    case 'spans':
      return <SpansWidget {...props} question={question} />;
    case 'pairwise':
      return <PairwiseWidget {...props} question={question} />;
    case 'ranking':
      return <RankingWidget {...props} question={question} />;
    case 'text':
      return <TextWidget {...props} question={question} />;
    case 'bbox':
      return <BboxWidget {...props} question={question} />;
    case 'approval':
      return <ApprovalWidget {...props} question={question} />;
    default: {
      const unhandled: never = question;
      throw new Error(`No widget for ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Question types whose widget shows its own part of the item's data (so the data panel need not). */
export function fieldsShownByWidgets(questions: readonly WidgetProps['question'][]): string[] {
  return questions.flatMap((q) => {
    switch (q.type) {
      case 'pairwise':
        return [...q.fields];
      case 'ranking':
      case 'spans':
      case 'bbox':
        return [q.field];
      case 'approval':
        return [q.field ?? 'action'];
      default:
        return [];
    }
  });
}

const WIDE = new Set<WidgetProps['question']['type']>(['pairwise', 'ranking', 'approval', 'spans', 'bbox']);

/** Questions that need the full width (side-by-side candidates, text to mark, images). */
export function isWideQuestion(question: WidgetProps['question']): boolean {
  return WIDE.has(question.type);
}
