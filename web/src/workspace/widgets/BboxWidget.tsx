import { useId, useMemo, useRef, useState } from 'react';
import type { Question } from '../../api/types';
import { BoxCanvas } from './bbox/BoxCanvas';
import { BoxList } from './bbox/BoxList';
import { handleBoxKey } from './bbox/boxKeys';
import { type Box, centredBox, describeGeometry, fitBox, moveBox, readBoxes, resizeBox } from './bbox/geometry';
import { useKeydown } from './hotkeys';
import { LabelButtons } from './spans/LabelButtons';
import { LiveNotice, useNotice } from './spans/LiveNotice';
import { labelName } from './spans/labels';
import type { WidgetProps } from './types';

type BboxQuestion = Extract<Question, { type: 'bbox' }>;

/**
 * Boxes on the image at `data[field]`. The value is `[{ label, x, y, width, height }]` in percent
 * of the image, two decimals, inside the image (src/schemas/answer-regions.ts). Mouse: drag to
 * draw, move and resize. Keyboard (while `active`): see bbox/boxKeys.ts.
 */
export function BboxWidget({
  question,
  data,
  value,
  onChange,
  active,
  error,
  readOnly = false,
}: WidgetProps<BboxQuestion>) {
  const { labels, maxBoxes } = question;
  const ids = useId();
  const surfaceRef = useRef<HTMLDivElement>(null);
  const boxes = useMemo(() => readBoxes(value), [value]);
  const [picked, setSelected] = useState<number | null>(null);
  const [chosen, setChosen] = useState(labels[0]?.value ?? '');
  const [notice, announce] = useNotice();
  const selected = picked !== null && picked < boxes.length ? picked : null;
  const full = maxBoxes !== undefined && boxes.length >= maxBoxes;
  const title = question.title ?? question.name;
  const describe = (box: Box) => `${labelName(labels, box.label)} at ${describeGeometry(box)}`;

  function place(index: number, box: Box, action: string) {
    const fitted = fitBox(box);
    const next = [...boxes];
    next[index] = fitted;
    onChange(next.map(fitBox));
    setSelected(index);
    announce(`Box ${index + 1} ${action}: ${describe(fitted)}.`);
  }

  function add(box: Box, action: string) {
    if (full) announce(`No more boxes: this question allows at most ${maxBoxes}.`, 'warning');
    else place(boxes.length, box, action);
  }

  function select(index: number | null) {
    setSelected(index);
    const box = index === null ? undefined : boxes[index];
    if (index !== null && box) announce(`Box ${index + 1} of ${boxes.length}: ${describe(box)}.`);
  }

  function remove(index: number, keepSelection: boolean) {
    const box = boxes[index];
    if (!box) return;
    const next = boxes.filter((_, i) => i !== index);
    onChange(next);
    setSelected(keepSelection && next.length > 0 ? Math.min(index, next.length - 1) : null);
    announce(`Removed box ${index + 1} (${labelName(labels, box.label)}). ${next.length} left.`);
  }

  function pickLabel(index: number) {
    const label = labels[index];
    if (!label) return;
    setChosen(label.value);
    const box = selected === null ? undefined : boxes[selected];
    if (selected !== null && box && !readOnly) place(selected, { ...box, label: label.value }, 'relabelled');
    else announce(`New boxes will be ${labelName(labels, label.value)}.`);
  }

  useKeydown(active && !readOnly, (event) =>
    handleBoxKey(
      event,
      {
        selected,
        add: () => add(centredBox(chosen), 'added'),
        pickLabel,
        cycle: (step, wrap) => {
          if (boxes.length === 0) return false;
          const next = (selected ?? (step > 0 ? -1 : boxes.length)) + step;
          if (!wrap && (next < 0 || next >= boxes.length)) {
            setSelected(null);
            return false;
          }
          select((next + boxes.length) % boxes.length);
          return true;
        },
        nudge: (dx, dy, resize) => {
          const box = selected === null ? undefined : boxes[selected];
          if (selected === null || !box) return;
          if (resize) place(selected, resizeBox(box, { right: true, bottom: true }, dx, dy), 'resized');
          else place(selected, moveBox(box, dx, dy), 'moved');
        },
        remove: () => selected !== null && remove(selected, true),
        deselect: () => setSelected(null),
      },
      labels,
      surfaceRef.current,
    ),
  );

  const src = data[question.field];
  if (typeof src !== 'string' || src === '') {
    return (
      <p role="alert" className="text-sm text-red-700">
        This item has no image URL in “{question.field}”.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {!readOnly && (
        <div className="space-y-1.5">
          <LabelButtons labels={labels} groupLabel={`Box label (${title})`} chosen={chosen} onPick={pickLabel} />
          <p id={`${ids}-help`} className="text-xs text-slate-500">
            Drag on the image to draw a box; drag a box to move it, its handles to resize. Keys:{' '}
            <kbd className="kbd">N</kbd> new box, <kbd className="kbd">Tab</kbd> next box, arrows move (
            <kbd className="kbd">Shift</kbd> 5 %), <kbd className="kbd">Alt</kbd>+arrows resize, a label key relabels,{' '}
            <kbd className="kbd">Delete</kbd> removes.
          </p>
        </div>
      )}
      <BoxCanvas
        key={src}
        src={src}
        alt={`Image for ${title}`}
        boxes={boxes}
        labels={labels}
        selected={selected}
        drawLabel={readOnly || full ? null : chosen}
        readOnly={readOnly}
        onSelect={select}
        onCommit={(index, box, action) => (index === boxes.length ? add(box, action) : place(index, box, action))}
        surfaceRef={surfaceRef}
        surfaceLabel={`Image for ${title}: ${boxes.length} ${boxes.length === 1 ? 'box' : 'boxes'}`}
        describedBy={readOnly ? undefined : `${ids}-help`}
      />
      <div className="flex min-h-5 flex-wrap items-baseline justify-between gap-x-4">
        <LiveNotice notice={notice} />
        <p className="text-xs text-slate-500 tabular-nums">
          {boxes.length} {boxes.length === 1 ? 'box' : 'boxes'}
          {maxBoxes !== undefined && ` of at most ${maxBoxes}`}
        </p>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <BoxList
        boxes={boxes}
        labels={labels}
        selected={selected}
        readOnly={readOnly}
        onSelect={select}
        onRemove={(index) => remove(index, false)}
      />
    </div>
  );
}
