import { SaxesParser } from 'saxes';

/** An element of a Label Studio config with the line its start tag is on (1-based). */
export interface ConfigElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly line: number;
  readonly children: ConfigElement[];
}

export type ParsedXml = { ok: true; root: ConfigElement } | { ok: false; line: number; message: string };

/** Parses XML with saxes (a kept, well-formedness-checking parser); comments and text are dropped. */
export function parseConfigXml(text: string): ParsedXml {
  const parser = new SaxesParser({ position: true });
  const stack: { tag: string; attributes: Record<string, string>; line: number; children: ConfigElement[] }[] = [];
  let root: ConfigElement | undefined;
  let startLine = 1;
  let failure: { line: number; message: string } | undefined;
  parser.on('opentagstart', () => {
    startLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    const element = {
      tag: tag.name,
      attributes: { ...tag.attributes } as Record<string, string>,
      line: startLine,
      children: [],
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (error) => {
    // saxes prefixes messages with "line:column: "; keep only the message.
    failure ??= { line: parser.line, message: error.message.replace(/^\d+:\d+: /, '') };
  });
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= { line: parser.line, message: (error as Error).message.replace(/^\d+:\d+: /, '') };
  }
  if (failure) return { ok: false, ...failure };
  if (!root) return { ok: false, line: 1, message: 'no root element' };
  return { ok: true, root };
}

/** Every element below `root`, depth first, in document order. */
export function* descendants(root: ConfigElement): Generator<ConfigElement> {
  for (const child of root.children) {
    yield child;
    yield* descendants(child);
  }
}
