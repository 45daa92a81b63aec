import { useEffect } from 'react';
import { Kbd } from './widgets/parts';

const GROUPS: { title: string; keys: [string[], string][] }[] = [
  {
    title: 'Anywhere',
    keys: [
      [['⏎'], 'submit (outside text fields)'],
      [['Ctrl', '⏎'], 'submit, also from a text field'],
      [['S'], 'skip this item'],
      [['Ctrl', 'Z'], 'undo the last change'],
      [['Tab'], 'next question (Shift+Tab: previous)'],
      [['[', ']'], 'previous / next question'],
      [['Esc'], 'leave a text field · close this panel'],
      [['G'], 'show or hide the guidelines'],
      [['?'], 'show or hide these keys'],
    ],
  },
  {
    title: 'In the active question',
    keys: [
      [['1', '…', '9'], 'choose an option, score, or toggle a choice'],
      [['a', '…', 'z'], "an option's own key, in whichever question has it"],
      [['←', '→'], 'rating: one step down / up'],
      [['↑', '↓'], 'rubric: criterion · ranking: candidate'],
      [['Alt', '↑/↓'], 'ranking: move the candidate'],
      [['K'], 'ranking: keep the order shown'],
      [['A', 'B', 'T'], 'pairwise: A, B or tie'],
      [['A', 'R', 'E'], 'approval: approve, reject, edit'],
    ],
  },
  {
    title: 'Text spans',
    keys: [
      [['←', '→'], 'move (Ctrl: by word); Shift selects'],
      [['label key'], 'label the selection; again: relabel the span just made or picked'],
      [['↑', '↓'], 'pick a span'],
      [['Delete'], 'remove the picked span'],
      [['Esc'], 'drop the selection, then the pick'],
    ],
  },
  {
    title: 'Boxes',
    keys: [
      [['N'], 'new box'],
      [['label key'], 'label the picked box (and the next ones)'],
      [['Tab'], 'pick the next box (past the last: next question)'],
      [['←', '↑', '→', '↓'], 'move the box (Shift ×5, Alt: resize)'],
      [['Delete'], 'remove the box'],
    ],
  },
  {
    title: 'Adjudication',
    keys: [
      [['1', '…', '9'], 'use that person’s answer'],
      [['P'], 'use the model’s pre-label'],
      [['E'], 'edit the final answer (Esc: back)'],
    ],
  },
];

/** The keyboard map, toggled with "?"; Esc closes it (before any widget uses Esc). */
export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      event.stopPropagation();
      onClose();
    };
    // Capture phase: the panel is on top, so its Esc comes before a widget's (which listen later).
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);
  return (
    <section aria-labelledby="keys-title" className="rounded-xl border border-slate-200 bg-white px-5 py-4 shadow-sm">
      <div className="mb-3 flex items-center justify-between">
        <h2 id="keys-title" className="text-sm font-semibold text-slate-900">
          Keyboard
        </h2>
        <button type="button" onClick={onClose} className="rounded px-2 py-1 text-sm text-slate-600 hover:bg-slate-100">
          Close <Kbd>Esc</Kbd>
        </button>
      </div>
      <div className="grid gap-6 md:grid-cols-3 xl:grid-cols-5">
        {GROUPS.map((group) => (
          <div key={group.title}>
            <h3 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{group.title}</h3>
            <dl className="grid gap-1.5 text-sm">
              {group.keys.map(([keys, meaning]) => (
                <div key={meaning} className="flex items-center gap-3">
                  <dt className="flex w-24 shrink-0 flex-wrap gap-1">
                    {keys.map((key) => (
                      <Kbd key={key}>{key}</Kbd>
                    ))}
                  </dt>
                  <dd className="text-slate-700">{meaning}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </section>
  );
}
