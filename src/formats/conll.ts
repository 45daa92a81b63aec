import { pickQuestion } from './questions.js';
import type { ExportFormat } from './types.js';

type Span = { start: number; end: number; label: string };

/**
 * CoNLL-2003 NER columns (`token POS chunk NER`, POS and chunk unknown: `-X-`) with BIO tags
 * from a spans question. Tokens are runs of non-space characters; offsets are code points, as
 * spans are. A document per decided item, opened by a `-DOCSTART-` line; a line break in the
 * text ends a sentence (a blank line).
 */
export const conllFormat: ExportFormat = {
  name: 'conll',
  description: 'CoNLL-2003 BIO tags (token -X- -X- TAG) from a spans question, one document per decided item',
  contentType: 'text/plain; charset=utf-8',
  extension: 'conll',
  check: (context) => void pickQuestion(context, ['spans'], 'conll'),
  async *write(source, context) {
    const question = pickQuestion(context, ['spans'], 'conll');
    for await (const page of source.pages()) {
      let chunk = '';
      for (const record of page) {
        const text = record.data[question.field];
        const spans = record.answer?.[question.name];
        if (typeof text !== 'string' || !Array.isArray(spans)) continue;
        chunk += `-DOCSTART- -X- -X- O\n\n${bioLines(text, spans as Span[])}`;
      }
      if (chunk !== '') yield chunk;
    }
  },
};

/** Tags each whitespace token: B- where a span starts, I- inside it, O outside any span. */
export function bioLines(text: string, spans: readonly Span[]): string {
  const codePoints = Array.from(text);
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let sentenceOpen = false;
  let previousSpan: Span | undefined;
  let index = 0;
  while (index < codePoints.length) {
    const char = codePoints[index] as string;
    if (/\s/u.test(char)) {
      if ((char === '\n' || char === '\r') && sentenceOpen) {
        out += '\n';
        sentenceOpen = false;
        previousSpan = undefined;
      }
      index++;
      continue;
    }
    const start = index;
    while (index < codePoints.length && !/\s/u.test(codePoints[index] as string)) index++;
    const token = codePoints.slice(start, index).join('');
    // The first span (earliest start, longest) covering the token's first character wins.
    const span = ordered.find((candidate) => candidate.start <= start && start < candidate.end);
    const tag = span === undefined ? 'O' : `${span === previousSpan ? 'I' : 'B'}-${span.label}`;
    previousSpan = span;
    out += `${token} -X- -X- ${tag}\n`;
    sentenceOpen = true;
  }
  return sentenceOpen ? `${out}\n` : out;
}
