import type { Answer, Project } from '../api/types';
import { GuidelinesPanel, ItemPanel, RestoredNote } from './ItemPanels';
import { QuestionForm } from './QuestionForm';
import type { Slot } from './session/slots';
import { fieldsShownByWidgets, isWideQuestion } from './widgets';

interface ReviewViewProps {
  readonly project: Project;
  readonly slot: Slot;
  readonly onChange: (answer: Answer) => void;
  readonly showGuidelines: boolean;
}

/**
 * One item to answer. Narrow questions sit beside the data (data | questions | guidelines);
 * wide ones go under it so candidates can stand side by side.
 */
export function ReviewView({ project, slot, onChange, showGuidelines }: ReviewViewProps) {
  const { questions } = project.labelSchema;
  const wide = questions.some(isWideQuestion);
  const hidden = fieldsShownByWidgets(questions);
  const form = (
    <div className="grid gap-3">
      <RestoredNote slot={slot} />
      <QuestionForm
        schema={project.labelSchema}
        data={slot.claimed.item.data}
        answer={slot.answer}
        onChange={onChange}
        errors={slot.errors}
      />
    </div>
  );
  const columns = wide
    ? showGuidelines
      ? 'lg:grid-cols-[minmax(0,1fr)_18rem]'
      : ''
    : showGuidelines
      ? 'lg:grid-cols-[minmax(0,1fr)_22rem] xl:grid-cols-[minmax(0,1fr)_24rem_17rem]'
      : 'lg:grid-cols-[minmax(0,1fr)_26rem]';
  return (
    <div className={`grid items-start gap-4 ${columns}`}>
      {wide ? (
        <div className="grid min-w-0 gap-4">
          <ItemPanel slot={slot} hidden={hidden} schema={project.labelSchema} />
          {form}
        </div>
      ) : (
        <>
          <ItemPanel slot={slot} hidden={hidden} schema={project.labelSchema} />
          <div className="min-w-0 self-start lg:sticky lg:top-4">{form}</div>
        </>
      )}
      {showGuidelines && (
        <div className={wide ? '' : 'lg:col-span-2 xl:col-span-1'}>
          <GuidelinesPanel source={project.guidelines} />
        </div>
      )}
    </div>
  );
}
