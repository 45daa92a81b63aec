import type { LabelSchema } from '../api/types';
import { describeAnswer } from '../workspace/describeAnswer';
import type { ItemDetails } from './types';

const when = (iso: string) => new Date(iso).toLocaleString();

/** An answer in words, question by question (never raw JSON for known questions). */
export function AnswerText({
  schema,
  answer,
  data,
}: {
  schema: LabelSchema;
  answer: Record<string, unknown>;
  data: Record<string, unknown>;
}) {
  const parts = schema.questions
    .filter((q) => answer[q.name] !== undefined)
    .map((q) => `${q.title ?? q.name}: ${describeAnswer(q, answer[q.name], data)}`);
  return <span>{parts.length > 0 ? parts.join(' · ') : JSON.stringify(answer)}</span>;
}

function Card({ title, children, count }: { title: string; children: React.ReactNode; count?: number }) {
  const id = `item-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id={id} className="mb-2 text-sm font-semibold text-slate-900">
        {title}
        {count !== undefined && <span className="ml-1 font-normal text-slate-500">({count})</span>}
      </h2>
      {children}
    </section>
  );
}

/** Responses, task slots, the decision history and the audit trail of one item. */
export function ItemHistory({ details, schema }: { details: ItemDetails; schema: LabelSchema }) {
  const data = details.item.data;
  return (
    <>
      <Card title="Responses" count={details.responses.length}>
        {details.responses.length === 0 ? (
          <p className="text-sm text-slate-500">Nobody has answered this item yet.</p>
        ) : (
          <ul className="grid gap-1 text-sm">
            {details.responses.map((r) => (
              <li key={r.id} className="flex flex-wrap gap-x-2">
                <span className="font-medium">{r.person.username}</span>
                <span className="text-slate-500">({r.phase})</span>
                <AnswerText schema={schema} answer={r.answer} data={data} />
                <span className="text-slate-500">
                  {when(r.createdAt)}
                  {r.timeSpentMs === null ? '' : ` · ${(r.timeSpentMs / 1000).toFixed(1)} s`}
                  {r.goldCorrect === null ? '' : r.goldCorrect ? ' · matched gold' : ' · missed gold'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Decision history" count={details.decisions.length}>
        {details.decisions.length === 0 ? (
          <p className="text-sm text-slate-500">Not decided yet.</p>
        ) : (
          <ol className="grid gap-1 text-sm">
            {details.decisions.map((d) => (
              <li key={d.id} className={d.supersededBy === null ? 'font-medium' : 'text-slate-500'}>
                {d.supersededBy === null ? 'Current: ' : 'Was: '}
                <AnswerText schema={schema} answer={d.answer} data={data} /> — {d.method}
                {d.agreement === null ? '' : `, agreement ${Math.round(d.agreement * 100)} %`}
                {d.decidedByUsername ? `, by ${d.decidedByUsername}` : ''}
                {d.policyVersion === null ? '' : `, policy v${d.policyVersion}`}
                {d.reason ? ` (“${d.reason}”)` : ''} · {when(d.createdAt)}
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card title="Task slots" count={details.slots.length}>
        <ul className="grid gap-1 text-sm text-slate-700">
          {details.slots.map((s) => (
            <li key={s.id}>
              {s.phase} for {s.role}: {s.state}
              {s.claimedBy ? ` · ${s.claimedBy.username}` : ''} · opened {when(s.createdAt)}
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Audit trail" count={details.audit.length}>
        {details.audit.length === 0 ? (
          <p className="text-sm text-slate-500">No audit records about this item.</p>
        ) : (
          <ul className="grid gap-1 text-sm text-slate-700">
            {details.audit.map((a) => (
              <li key={a.id}>
                <span className="font-mono text-xs">{a.action}</span> by {a.actor?.username ?? 'Tandem'} ·{' '}
                {when(a.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
