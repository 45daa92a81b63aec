/**
 * A generic view of one value of an item's data: text as text (long text in a readable block),
 * image URLs as images, other URLs as links, numbers and booleans as they are, arrays and objects
 * as formatted JSON.
 */

const IMAGE_URL = /^(https?:\/\/|\/)[^\s]+\.(png|jpe?g|gif|webp|avif|svg|bmp)(\?[^\s]*)?$/i;
const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif);base64,/i;
const WEB_URL = /^https?:\/\/[^\s]+$/i;

export function isImageUrl(value: unknown): boolean {
  return typeof value === 'string' && (IMAGE_URL.test(value) || DATA_IMAGE.test(value));
}

/** Text this long, or with line breaks, is set as a block for reading. */
const LONG_TEXT = 120;

export function DataValue({ value, label }: { value: unknown; label?: string }) {
  if (value === null || value === undefined) return <span className="text-sm text-slate-400 italic">empty</span>;
  if (typeof value === 'string') {
    if (isImageUrl(value)) {
      return (
        <img
          src={value}
          alt={label ?? ''}
          loading="lazy"
          className="max-h-[28rem] max-w-full rounded-lg border border-slate-200 bg-slate-50 object-contain"
        />
      );
    }
    if (WEB_URL.test(value)) {
      return (
        <a
          href={value}
          target="_blank"
          rel="noreferrer noopener"
          className="text-sm break-all text-brand-700 underline"
        >
          {value}
        </a>
      );
    }
    if (value.length > LONG_TEXT || value.includes('\n')) {
      return (
        <div className="max-w-prose text-[15px] leading-relaxed break-words whitespace-pre-wrap text-slate-900">
          {value}
        </div>
      );
    }
    return <span className="text-[15px] break-words text-slate-900">{value}</span>;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return <span className="font-mono text-sm text-slate-900">{String(value)}</span>;
  }
  return (
    <pre className="max-h-96 overflow-auto rounded-lg bg-slate-50 p-3 font-mono text-xs leading-relaxed text-slate-800">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** Field names shown as labels: "reply_to" → "reply to". */
export function fieldLabel(name: string): string {
  return name.replace(/[_-]+/g, ' ');
}

/** Every field of an item's data except those a widget shows itself. */
export function ItemData({ data, hidden = [] }: { data: Record<string, unknown>; hidden?: readonly string[] }) {
  const fields = Object.entries(data).filter(([name]) => !hidden.includes(name));
  if (fields.length === 0) return null;
  return (
    <dl className="grid gap-4">
      {fields.map(([name, value]) => (
        <div key={name} className="min-w-0">
          <dt className="mb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">{fieldLabel(name)}</dt>
          <dd className="min-w-0">
            <DataValue value={value} label={fieldLabel(name)} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
