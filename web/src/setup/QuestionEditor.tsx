import type { Question } from '../api/types';
import { CheckboxField, SelectField, TextField } from './Field';
import { TypeFields } from './QuestionTypeFields';
import { QUESTION_TYPE_NAMES, questionOfType } from './schemaSamples';

/** The form for one question: the fields every question has, then its type's own fields. */
export function QuestionEditor({
  path,
  question,
  onChange,
}: {
  path: string;
  question: Question;
  onChange: (question: Question) => void;
}) {
  const { name, title, description, required } = question;
  return (
    <div className="grid grid-cols-2 gap-3">
      <TextField
        path={`${path}.name`}
        label="Name (answer key)"
        value={name}
        onChange={(value) => onChange({ ...question, name: value })}
      />
      <SelectField
        path={`${path}.type`}
        label="Type"
        value={question.type}
        options={QUESTION_TYPE_NAMES}
        onChange={(type) => onChange(questionOfType(type, { name, title, description, required }))}
      />
      <TextField
        path={`${path}.title`}
        label="Title shown to people"
        value={title ?? ''}
        onChange={(value) => onChange({ ...question, title: value || undefined })}
        className="col-span-full"
      />
      <TextField
        path={`${path}.description`}
        label="Help text"
        value={description ?? ''}
        onChange={(value) => onChange({ ...question, description: value || undefined })}
        className="col-span-full"
      />
      <TypeFields path={path} question={question} onChange={onChange} />
      <CheckboxField
        path={`${path}.required`}
        label="An answer is required"
        checked={required !== false}
        onChange={(checked) => onChange({ ...question, required: checked })}
        className="col-span-full"
      />
    </div>
  );
}
