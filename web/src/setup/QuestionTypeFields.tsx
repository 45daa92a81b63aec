import { useState } from 'react';
import type { Question } from '../api/types';
import { CheckboxField, NumberField, TextField } from './Field';
import { CriteriaEditor, formatScaleLabels, OptionsEditor, parseScaleLabels } from './ListEditors';

/** The fields of one question type (options, scale, data fields, flags). */
export function TypeFields({
  path,
  question: q,
  onChange,
}: {
  path: string;
  question: Question;
  onChange: (q: Question) => void;
}) {
  const dataField = (label: string, hint: string) =>
    'field' in q && (
      <TextField
        path={`${path}.field`}
        label={label}
        hint={hint}
        value={q.field ?? ''}
        onChange={(field) => onChange({ ...q, field } as Question)}
      />
    );
  switch (q.type) {
    case 'single_choice':
    case 'multi_choice':
      return (
        <>
          <OptionsEditor
            path={`${path}.options`}
            legend="Options"
            options={q.options ?? []}
            onChange={(options) => onChange({ ...q, options })}
          />
          {q.type === 'multi_choice' && (
            <>
              <NumberField
                path={`${path}.minSelected`}
                label="At least (optional)"
                value={q.minSelected}
                onChange={(minSelected) => onChange({ ...q, minSelected })}
              />
              <NumberField
                path={`${path}.maxSelected`}
                label="At most (optional)"
                value={q.maxSelected}
                onChange={(maxSelected) => onChange({ ...q, maxSelected })}
              />
            </>
          )}
        </>
      );
    case 'rating':
      return (
        <>
          <div className="col-span-full grid grid-cols-3 gap-3">
            <NumberField
              path={`${path}.min`}
              label="Min"
              value={q.min}
              onChange={(min) => onChange({ ...q, min: min as number })}
            />
            <NumberField
              path={`${path}.max`}
              label="Max"
              value={q.max}
              onChange={(max) => onChange({ ...q, max: max as number })}
            />
            <NumberField
              path={`${path}.step`}
              label="Step"
              value={q.step}
              onChange={(step) => onChange({ ...q, step })}
            />
          </div>
          <ScaleLabelsField
            path={`${path}.labels`}
            labels={q.labels}
            onChange={(labels) => onChange({ ...q, labels })}
          />
        </>
      );
    case 'rubric':
      return (
        <CriteriaEditor
          path={`${path}.criteria`}
          criteria={q.criteria ?? []}
          onChange={(criteria) => onChange({ ...q, criteria })}
        />
      );
    case 'spans':
    case 'bbox':
      return (
        <>
          {q.type === 'spans'
            ? dataField('Text field of the item', 'The data field whose text is marked')
            : dataField('Image field of the item', 'The data field holding the image URL')}
          {q.type === 'spans' ? (
            <CheckboxField
              path={`${path}.allowOverlap`}
              label="Spans may overlap"
              checked={q.allowOverlap !== false}
              onChange={(allowOverlap) => onChange({ ...q, allowOverlap })}
              className="self-end pb-2"
            />
          ) : (
            <NumberField
              path={`${path}.maxBoxes`}
              label="At most boxes (optional)"
              value={q.maxBoxes}
              onChange={(maxBoxes) => onChange({ ...q, maxBoxes })}
            />
          )}
          <OptionsEditor
            path={`${path}.labels`}
            legend="Labels"
            options={q.labels ?? []}
            onChange={(labels) => onChange({ ...q, labels })}
          />
        </>
      );
    case 'pairwise':
      return (
        <>
          {[0, 1].map((i) => (
            <TextField
              key={i}
              path={`${path}.fields.${i}`}
              label={`Candidate ${i === 0 ? 'A' : 'B'} field`}
              value={q.fields?.[i] ?? ''}
              onChange={(value) => {
                const fields: [string, string] = [q.fields?.[0] ?? '', q.fields?.[1] ?? ''];
                fields[i] = value;
                onChange({ ...q, fields });
              }}
            />
          ))}
          <CheckboxField
            path={`${path}.allowTie`}
            label="Allow a tie"
            checked={q.allowTie !== false}
            onChange={(allowTie) => onChange({ ...q, allowTie })}
          />
        </>
      );
    case 'ranking':
      return (
        <>
          {dataField('Candidates field', 'A data field holding a list of candidates')}
          <NumberField
            path={`${path}.minCandidates`}
            label="At least candidates (optional)"
            value={q.minCandidates}
            onChange={(minCandidates) => onChange({ ...q, minCandidates })}
          />
        </>
      );
    case 'text':
      return (
        <>
          <TextField
            path={`${path}.field`}
            label="Pre-fill from field (optional)"
            value={q.field ?? ''}
            onChange={(field) => onChange({ ...q, field: field || undefined })}
          />
          <CheckboxField
            path={`${path}.multiline`}
            label="Several lines"
            checked={q.multiline !== false}
            onChange={(multiline) => onChange({ ...q, multiline })}
            className="self-end pb-2"
          />
          <NumberField
            path={`${path}.minLength`}
            label="Min length (optional)"
            value={q.minLength}
            onChange={(minLength) => onChange({ ...q, minLength })}
          />
          <NumberField
            path={`${path}.maxLength`}
            label="Max length (optional)"
            value={q.maxLength}
            onChange={(maxLength) => onChange({ ...q, maxLength })}
          />
        </>
      );
    case 'approval':
      return (
        <>
          {dataField('Action field', 'The data field holding {tool, arguments}; default "action"')}
          <div className="space-y-2 self-end pb-1">
            <CheckboxField
              path={`${path}.allowEdit`}
              label="Reviewers may edit arguments"
              checked={q.allowEdit !== false}
              onChange={(allowEdit) => onChange({ ...q, allowEdit })}
            />
            <CheckboxField
              path={`${path}.requireReason`}
              label="A reason is required to reject"
              checked={q.requireReason !== false}
              onChange={(requireReason) => onChange({ ...q, requireReason })}
            />
          </div>
        </>
      );
  }
}

/** Keeps the typed text so "1=Poor," survives while the person is still typing. */
function ScaleLabelsField({
  path,
  labels,
  onChange,
}: {
  path: string;
  labels: Record<string, string> | undefined;
  onChange: (labels: Record<string, string> | undefined) => void;
}) {
  const [text, setText] = useState(() => formatScaleLabels(labels));
  return (
    <TextField
      path={path}
      label="Scale labels (optional)"
      hint="Value=label pairs, e.g. 1=Poor, 5=Excellent"
      value={text}
      onChange={(value) => {
        setText(value);
        onChange(parseScaleLabels(value));
      }}
      className="col-span-full"
    />
  );
}
