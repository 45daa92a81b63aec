import ReactMarkdown from 'react-markdown';

/**
 * Renders Markdown (project guidelines) safely: react-markdown builds React elements and never
 * injects raw HTML, so guidelines cannot run scripts in an annotator's browser.
 */
export function Markdown({ source, className = '' }: { source: string; className?: string }) {
  return (
    <div
      className={`space-y-2 text-sm leading-relaxed text-slate-700 [&_a]:text-brand-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:text-base [&_h1]:font-semibold [&_h1]:text-slate-900 [&_h2]:font-semibold [&_h2]:text-slate-900 [&_h3]:font-medium [&_li]:ml-4 [&_ol]:list-decimal [&_ul]:list-disc ${className}`}
    >
      <ReactMarkdown>{source}</ReactMarkdown>
    </div>
  );
}
