import { type PointerEvent as ReactPointerEvent, type RefObject, useRef, useState } from 'react';
import type { LabelOption } from '../../../api/types';
import { labelColor, labelName } from '../spans/labels';
import { type Box, boxFromCorners, type Edges, MIN_SIZE, moveBox, resizeBox } from './geometry';

export interface BoxCanvasProps {
  readonly src: string;
  readonly alt: string;
  readonly boxes: readonly Box[];
  readonly labels: readonly LabelOption[];
  readonly selected: number | null;
  /** Label of a newly drawn box; null when no box may be drawn (read-only or at maxBoxes). */
  readonly drawLabel: string | null;
  readonly readOnly: boolean;
  readonly onSelect: (index: number | null) => void;
  /** A finished drag: the box at `index` (boxes.length for a new one) becomes `box`. */
  readonly onCommit: (index: number, box: Box, action: 'drawn' | 'moved' | 'resized') => void;
  readonly surfaceRef: RefObject<HTMLDivElement | null>;
  readonly surfaceLabel: string;
  readonly describedBy: string | undefined;
}

type Drag =
  | { readonly kind: 'draw'; readonly x: number; readonly y: number }
  | {
      readonly kind: 'move' | 'resize';
      readonly index: number;
      readonly x: number;
      readonly y: number;
      readonly edges: Edges;
    };

/** The tallest the image is shown (also in the img's max-h-[50vh]), so the list stays in reach at 1366×850. */
const FIT_HEIGHT = '50vh';

const HANDLES: readonly { readonly edges: Edges; readonly className: string; readonly name: string }[] = [
  { edges: { top: true, left: true }, className: '-left-1.5 -top-1.5 cursor-nwse-resize', name: 'nw' },
  { edges: { top: true }, className: 'left-1/2 -top-1.5 -ml-1.5 cursor-ns-resize', name: 'n' },
  { edges: { top: true, right: true }, className: '-right-1.5 -top-1.5 cursor-nesw-resize', name: 'ne' },
  { edges: { right: true }, className: '-right-1.5 top-1/2 -mt-1.5 cursor-ew-resize', name: 'e' },
  { edges: { bottom: true, right: true }, className: '-right-1.5 -bottom-1.5 cursor-nwse-resize', name: 'se' },
  { edges: { bottom: true }, className: 'left-1/2 -bottom-1.5 -ml-1.5 cursor-ns-resize', name: 's' },
  { edges: { bottom: true, left: true }, className: '-left-1.5 -bottom-1.5 cursor-nesw-resize', name: 'sw' },
  { edges: { left: true }, className: '-left-1.5 top-1/2 -mt-1.5 cursor-ew-resize', name: 'w' },
];

/**
 * The image scaled to fit, with its boxes on an overlay of exactly the image's size, so box
 * percentages are CSS percentages. Drag on the image to draw, a box's body to move it, a handle
 * to resize; the change is reported once, when the pointer is released.
 */
export function BoxCanvas(props: BoxCanvasProps) {
  const { boxes, labels, selected, drawLabel, readOnly, onSelect, onCommit } = props;
  const overlay = props.surfaceRef;
  const drag = useRef<Drag | null>(null);
  const [draft, setDraft] = useState<{ index: number; box: Box } | null>(null);
  const [failed, setFailed] = useState(false);
  const [ratio, setRatio] = useState<number | null>(null);

  const toPercent = (event: ReactPointerEvent) => {
    const rect = (overlay.current as HTMLDivElement).getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) / rect.width) * 100,
      y: ((event.clientY - rect.top) / rect.height) * 100,
    };
  };

  const start = (event: ReactPointerEvent, next: Drag) => {
    if (readOnly || event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    overlay.current?.setPointerCapture(event.pointerId);
    overlay.current?.focus();
    drag.current = next;
  };

  const draftFor = (event: ReactPointerEvent): { index: number; box: Box } | null => {
    const current = drag.current;
    if (!current) return null;
    const point = toPercent(event);
    if (current.kind === 'draw') {
      return { index: boxes.length, box: boxFromCorners(drawLabel ?? '', current.x, current.y, point.x, point.y) };
    }
    const original = boxes[current.index];
    if (!original) return null;
    const [dx, dy] = [point.x - current.x, point.y - current.y];
    const box = current.kind === 'move' ? moveBox(original, dx, dy) : resizeBox(original, current.edges, dx, dy);
    return { index: current.index, box };
  };

  const finish = (event: ReactPointerEvent) => {
    const current = drag.current;
    const result = draftFor(event);
    drag.current = null;
    setDraft(null);
    if (!current || !result) return;
    if (current.kind === 'draw') {
      // A click without a drag only clears the selection.
      if (result.box.width < MIN_SIZE || result.box.height < MIN_SIZE) onSelect(null);
      else onCommit(result.index, result.box, 'drawn');
    } else if (!sameGeometry(result.box, boxes[current.index])) {
      onCommit(result.index, result.box, current.kind === 'move' ? 'moved' : 'resized');
    }
  };

  const shown = draft ? [...boxes.slice(0, draft.index), draft.box, ...boxes.slice(draft.index + 1)] : boxes;
  if (failed) {
    return (
      <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800">
        Could not load the image at {props.src.startsWith('data:') ? 'its data URL' : props.src}.
      </p>
    );
  }
  return (
    // A fixed height: nothing below moves when the image arrives.
    <div
      className="flex items-center justify-center rounded-lg border border-slate-200 bg-slate-100 p-2"
      style={{ height: `calc(${FIT_HEIGHT} + 1rem + 2px)` }}
    >
      {/* Once the image's shape is known it is scaled up or down to fit; box percentages are CSS percentages. */}
      <div
        className="relative max-w-full select-none"
        style={ratio ? { aspectRatio: ratio, width: `min(100%, calc(${FIT_HEIGHT} * ${ratio}))` } : undefined}
      >
        <img
          src={props.src}
          alt={props.alt}
          draggable={false}
          onError={() => setFailed(true)}
          onLoad={(event) => {
            const { naturalWidth, naturalHeight } = event.currentTarget;
            if (naturalWidth > 0 && naturalHeight > 0) setRatio(naturalWidth / naturalHeight);
          }}
          className={ratio ? 'block size-full' : 'block h-auto max-h-[50vh] w-auto max-w-full'}
        />
        <div
          ref={overlay}
          role="application"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a drawing surface; "application" passes arrow keys through screen readers
          tabIndex={0}
          data-autofocus
          aria-label={props.surfaceLabel}
          aria-describedby={props.describedBy}
          className={`absolute inset-0 touch-none ${drawLabel !== null ? 'cursor-crosshair' : ''}`}
          onPointerDown={(event) => {
            if (drawLabel === null) onSelect(null);
            else start(event, { kind: 'draw', ...toPercent(event) });
          }}
          onPointerMove={(event) => drag.current && setDraft(draftFor(event))}
          onPointerUp={finish}
          onPointerCancel={() => {
            drag.current = null;
            setDraft(null);
          }}
        >
          {shown.map((box, index) => (
            <BoxShape
              // biome-ignore lint/suspicious/noArrayIndexKey: a box has no identity but its place
              key={index}
              box={box}
              index={index}
              labels={labels}
              selected={index === selected || index === draft?.index}
              readOnly={readOnly}
              onBodyDown={(event) => {
                onSelect(index);
                start(event, { kind: 'move', index, ...toPercent(event), edges: {} });
              }}
              onHandleDown={(event, edges) => start(event, { kind: 'resize', index, ...toPercent(event), edges })}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

interface BoxShapeProps {
  readonly box: Box;
  readonly index: number;
  readonly labels: readonly LabelOption[];
  readonly selected: boolean;
  readonly readOnly: boolean;
  readonly onBodyDown: (event: ReactPointerEvent) => void;
  readonly onHandleDown: (event: ReactPointerEvent, edges: Edges) => void;
}

function BoxShape({ box, index, labels, selected, readOnly, onBodyDown, onHandleDown }: BoxShapeProps) {
  const color = labelColor(labels, box.label);
  const tagInside = box.y < 6;
  return (
    <div
      data-box={index}
      aria-hidden
      onPointerDown={readOnly ? undefined : onBodyDown}
      className={`absolute ${readOnly ? '' : 'cursor-move'}`}
      style={{
        left: `${box.x}%`,
        top: `${box.y}%`,
        width: `${box.width}%`,
        height: `${box.height}%`,
        border: `${selected ? 3 : 2}px solid ${color.strong}`,
        backgroundColor: selected ? `${color.strong}26` : `${color.strong}10`,
        boxShadow: selected ? '0 0 0 1px #fff, 0 0 0 3px #0f172a' : '0 0 0 1px rgba(255,255,255,0.85)',
      }}
    >
      <span
        className={`absolute left-0 rounded px-1 py-px text-[11px] leading-tight font-semibold whitespace-nowrap text-white ${
          tagInside ? 'top-0' : '-top-5'
        }`}
        style={{ backgroundColor: color.ink }}
      >
        {index + 1} {labelName(labels, box.label)}
      </span>
      {selected &&
        !readOnly &&
        HANDLES.map((handle) => (
          <span
            key={handle.name}
            data-handle={handle.name}
            onPointerDown={(event) => onHandleDown(event, handle.edges)}
            className={`absolute size-3 rounded-sm border-2 bg-white ${handle.className}`}
            style={{ borderColor: '#0f172a' }}
          />
        ))}
    </div>
  );
}

function sameGeometry(a: Box, b: Box | undefined): boolean {
  return b !== undefined && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
